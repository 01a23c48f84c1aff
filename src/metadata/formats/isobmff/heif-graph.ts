/**
 * Which items the picture needs: the primary item (pitm), the inputs of every derived image it
 * is built from, and the alpha plane of the primary, nothing else.
 *
 *   primary ──dimg──> tiles / sources ──dimg──> ...   (grid, iden, iovl; §6.6.2)
 *   alpha ──auxl──> primary, auxC = alpha URN            (§6.6.2.1, §7.3.3.3)
 *
 * Every reference must name an existing item; a derivation loop or an impossible depth is
 * refused rather than followed.
 */
import { fail } from '../../errors.ts';
import { printable } from './boxes.ts';
import { auxTypeOf } from './heif-items.ts';
import { ALPHA_AUX_TYPES, CODED_ITEM_TYPES, DERIVED_ITEM_TYPES } from './heif-policy.ts';
import type { ItemInfo } from './iinf.ts';
import type { ItemReference } from './iref.ts';
import type { HeifMeta } from './meta.ts';

export interface KeptGraph {
  readonly itemsById: ReadonlyMap<number, ItemInfo>;
  readonly kept: ReadonlySet<number>;
  readonly alphaId: number | null;
  /** The derivation inputs of each item ('dimg' from -> to). */
  readonly dimgOf: ReadonlyMap<number, readonly number[]>;
}

/** Grids nest at most a few levels in practice (an overlay of grids of tiles). */
const MAX_DERIVATION_DEPTH = 16;

export function selectKeptItems(b: Uint8Array, meta: HeifMeta): KeptGraph {
  const itemsById = new Map(meta.items.map((item) => [item.id, item]));
  checkReferences(meta.references, itemsById);
  const dimgOf = new Map<number, readonly number[]>();
  for (const ref of meta.references) {
    if (ref.type !== 'dimg') continue;
    if (dimgOf.has(ref.from)) fail('malformed', 'a derived image lists its inputs twice');
    dimgOf.set(ref.from, ref.to);
  }
  const primary = itemsById.get(meta.primaryId) ?? fail('malformed', 'the primary item is missing');
  const kept = new Set<number>();
  addDerivation(primary.id, itemsById, dimgOf, kept);

  const alphas = meta.references
    .filter((r) => r.type === 'auxl' && r.to.includes(primary.id) && !kept.has(r.from))
    .map((r) => r.from)
    .filter((id) => ALPHA_AUX_TYPES.has(auxTypeOf(b, meta, id) ?? ''));
  if (new Set(alphas).size > 1) fail('unsupported_variant', 'the image has several alpha planes');
  const alphaId = alphas[0] ?? null;
  if (alphaId !== null) addDerivation(alphaId, itemsById, dimgOf, kept);

  for (const id of kept) {
    const item = itemsById.get(id)!;
    if (item.protectionIndex !== 0)
      fail('unsupported_variant', 'encrypted images are not supported');
  }
  return { itemsById, kept, alphaId, dimgOf };
}

/** Adds `root` and, depth first, every input it is derived from; a loop is refused. */
function addDerivation(
  root: number,
  itemsById: ReadonlyMap<number, ItemInfo>,
  dimgOf: ReadonlyMap<number, readonly number[]>,
  kept: Set<number>,
): void {
  const onPath = new Set<number>();
  const visit = (id: number, depth: number): void => {
    if (onPath.has(id)) fail('malformed', 'image derivations form a loop');
    if (depth > MAX_DERIVATION_DEPTH)
      fail('unsupported_variant', 'image derivations nest too deeply');
    if (kept.has(id)) return;
    const item = itemsById.get(id) ?? fail('malformed', 'an image input is missing');
    const inputs = dimgOf.get(id) ?? [];
    if (CODED_ITEM_TYPES.has(item.type)) {
      if (inputs.length > 0) fail('malformed', 'a coded image claims derivation inputs');
    } else if (DERIVED_ITEM_TYPES.has(item.type)) {
      if (inputs.length === 0) fail('malformed', 'a derived image has no inputs');
      if (item.type === 'iden' && inputs.length !== 1) fail('malformed', 'iden needs one input');
    } else {
      fail('unsupported_variant', `${printable(item.type)} images are not supported`);
    }
    onPath.add(id);
    for (const input of inputs) visit(input, depth + 1);
    onPath.delete(id);
    kept.add(id);
  };
  visit(root, 0);
}

function checkReferences(
  refs: readonly ItemReference[],
  itemsById: ReadonlyMap<number, ItemInfo>,
): void {
  for (const ref of refs) {
    if (!itemsById.has(ref.from)) fail('malformed', 'a reference comes from a missing item');
    for (const to of ref.to) {
      if (!itemsById.has(to)) fail('malformed', 'a reference points at a missing item');
      if (to === ref.from) fail('malformed', 'an item refers to itself');
    }
  }
}

/** The references that survive: derivations among kept items and the alpha plane's auxl/prem. */
export function keptReferences(meta: HeifMeta, graph: KeptGraph): ItemReference[] {
  const out: ItemReference[] = [];
  for (const ref of meta.references) {
    if (!graph.kept.has(ref.from)) continue;
    if (ref.type === 'dimg') out.push(ref);
    else if (ref.type === 'auxl' && ref.from === graph.alphaId) {
      out.push({ type: 'auxl', from: ref.from, to: ref.to.filter((id) => graph.kept.has(id)) });
    } else if (ref.type === 'prem' && ref.to.every((id) => id === graph.alphaId)) out.push(ref);
  }
  return out;
}
