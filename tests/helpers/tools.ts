/**
 * The independent judges: exiftool for what metadata is left, ImageMagick for the decoded
 * pixels. Tests call these on real files written to a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'veil-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeTemp(bytes: Uint8Array, name: string, dir = tempDir()): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export type ExifToolTags = Record<string, unknown>;

/** `exiftool -j -a -u -G1 -ee` of one file, as a flat `Group:Tag -> value` record. */
export function exiftool(path: string): ExifToolTags {
  const json = execFileSync(
    'exiftool',
    ['-j', '-a', '-u', '-G1', '-ee', '-api', 'LargeFileSupport=1', path],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const parsed = JSON.parse(json) as ExifToolTags[];
  return parsed[0] ?? {};
}

/**
 * Groups whose every tag is harmless structure or a kept colour profile. Any tag in a group not
 * listed here (GPS, ExifIFD, IFD1, MakerNotes, XMP-*, IPTC, Photoshop, MPF, Trailer...) fails.
 */
const HARMLESS_GROUPS = new Set([
  'ExifTool', // exiftool's own version and warnings (checked separately)
  'System', // the temporary file's own name and dates on disk
  'File',
  'JFIF',
  'ICC-header',
  'ICC_Profile',
  'ICC-meas',
  'ICC-view',
  'ICC-chrm',
  'PNG',
  'PNG-pHYs',
  'RIFF',
  'GIF',
  'QuickTime',
  'Meta',
  'Composite',
  'IFD0', // only Orientation may be here: checked by name below
  'APP14', // Adobe colour transform, needed for CMYK
  'Adobe',
]);

const ICC_GROUP = /^ICC/;

/** Tag names that identify or date a photo, checked in every group but the ICC ones. */
const IDENTIFYING_NAME =
  /GPS|Serial|Owner|Artist|Author|Creator|Copyright|Make$|Model|Software|Date|TimeStamp|Thumbnail|Preview|Comment|Description|MakerNote|UniqueID|DocumentID|InstanceID|History|Location|City|Country|Keyword|Caption|Title|Lens|ContentIdentifier|BurstUUID|HostComputer|Text|Prompt|Workflow|Parameters|Directory$|MotionPhoto|MicroVideo|EmbeddedVideo|DepthMap|DepthImage|DepthData|GainMap|HDR/;

const SYSTEM_TAGS = /^(System|ExifTool):/;

/** The identifying tags exiftool still finds, as `Group:Tag` names (empty means clean). */
export function identifyingTags(tags: ExifToolTags): string[] {
  const found: string[] = [];
  for (const key of Object.keys(tags)) {
    if (key === 'SourceFile' || SYSTEM_TAGS.test(key)) continue;
    const [group = '', name = ''] = key.split(':', 2);
    if (!HARMLESS_GROUPS.has(group)) {
      found.push(key);
      continue;
    }
    if (group === 'IFD0' && name !== 'Orientation') found.push(key);
    else if (!ICC_GROUP.test(group) && IDENTIFYING_NAME.test(name)) found.push(key);
  }
  return found;
}

/** A hash of the decoded pixels of every frame (ImageMagick), for lossless comparisons. */
export function pixelHashes(path: string): string[] {
  const out = execFileSync('identify', ['-quiet', '-format', '%#\n', path], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return out.split('\n').filter(Boolean);
}

/** The EXIF orientation exiftool reports, as a number (1 when absent). */
export function exiftoolOrientation(path: string): number {
  const out = execFileSync('exiftool', ['-n', '-s3', '-Orientation', path], {
    encoding: 'utf8',
  }).trim();
  return out === '' ? 1 : Number(out.split('\n')[0]);
}
