/**
 * What survives a HEIF/AVIF rebuild: the allow-lists shared by the stripper and its verifier.
 *
 *   items       coded images (hvc1, av01) and derivations (grid, iden, iovl) of the primary
 *   references  dimg (derivation inputs), auxl (alpha plane of the primary only), prem
 *   properties  decoding and rendering only (codec configuration, size, colour, orientation)
 *
 * Everything not named here is removed and listed in the receipt.
 */

/** Item types a kept image may have (ISO/IEC 23008-12 §6.6.2, AV1-ISOBMFF §2.1). */
export const CODED_ITEM_TYPES: ReadonlySet<string> = new Set(['hvc1', 'av01']);
/** Derived images whose inputs are their 'dimg' references (ISO/IEC 23008-12 §6.6.2). */
export const DERIVED_ITEM_TYPES: ReadonlySet<string> = new Set(['grid', 'iden', 'iovl']);
/** Item types that carry pixels, for describing removed items. */
export const IMAGE_ITEM_TYPES: ReadonlySet<string> = new Set([
  ...CODED_ITEM_TYPES,
  ...DERIVED_ITEM_TYPES,
  'tmap',
  'jpeg',
  'avc1',
  'vvc1',
  'j2k1',
  'unci',
  'mski',
]);

export const KEPT_REFERENCE_TYPES: ReadonlySet<string> = new Set(['dimg', 'auxl', 'prem']);

/**
 * Properties needed to decode or render kept images: codec configuration (hvcC, av1C, a1op,
 * a1lx, lsel), layout (ispe, clap, rloc, pasp), colour (colr, pixi, clli, mdcv), orientation
 * (irot, imir) and the auxiliary type of a kept alpha plane (auxC).
 */
export const KEPT_PROPERTY_TYPES: ReadonlySet<string> = new Set([
  'hvcC',
  'av1C',
  'ispe',
  'pixi',
  'colr',
  'irot',
  'imir',
  'clap',
  'pasp',
  'auxC',
  'a1op',
  'a1lx',
  'lsel',
  'rloc',
  'clli',
  'mdcv',
]);

/** auxC aux_type values of an alpha plane (ISO/IEC 23008-12 §7.3.3.3; MPEG-B CICP). */
export const ALPHA_AUX_TYPES: ReadonlySet<string> = new Set([
  'urn:mpeg:mpegB:cicp:systems:auxiliary:alpha',
  'urn:mpeg:hevc:2015:auxid:1',
]);

/** A short receipt label for an auxiliary image that is removed. */
export function describeAuxType(auxType: string): string {
  if (auxType.includes('hdrgainmap') || auxType.includes('gainmap')) return 'HDR gain map';
  if (/depth|auxid:2$/.test(auxType)) return 'depth map';
  if (/matte/i.test(auxType)) return 'portrait matte';
  if (ALPHA_AUX_TYPES.has(auxType)) return 'alpha plane of another image';
  return 'auxiliary image';
}

/** The UUID of XMP stored in a 'uuid' box (Adobe XMP Specification Part 3, §1.1.4). */
export const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';

export const XMP_CONTENT_TYPE = 'application/rdf+xml';
