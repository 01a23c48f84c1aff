/**
 * The last line of defence, isolated half: what a page may send without asking the user.
 * Cleaned photos and videos re-wrapped by the page (renamed into a new File) go through; the
 * originals, and pieces of them that look like media, wait for the user.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanUpload } from '../../src/upload/clean-upload.ts';
import { egressVerdict } from '../../src/upload/egress-check.ts';
import { VettedFiles } from '../../src/upload/file-key.ts';
import { NeutralNames } from '../../src/upload/file-names.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { tempDir } from '../helpers/tools.ts';

const options = { names: new NeutralNames(), anonymiseNames: true };

function gpsVideo(): File {
  const path = join(tempDir(), 'VID_20240301_140233.mp4');
  execFileSync('ffmpeg', [
    '-v', 'error', '-f', 'lavfi', '-i', 'testsrc=duration=1:size=64x64:rate=5',
    '-metadata', 'location=+51.5074-000.1278/', '-metadata', 'creation_time=2024-03-01T14:02:33Z',
    '-c:v', 'mpeg4', '-y', path,
  ]); // prettier-ignore
  return new File([readFileSync(path)], 'VID_20240301_140233.mp4', { type: 'video/mp4' });
}

function gpsPhoto(): File {
  const path = join(tempDir(), 'IMG_1.jpg');
  execFileSync('cp', [join(PROJECT_ROOT, 'samples/sample-photo.jpg'), path]);
  execFileSync('exiftool', ['-q', '-overwrite_original', '-GPSLatitude=51.5', path]);
  return new File([readFileSync(path)], 'IMG_1.jpg', { type: 'image/jpeg' });
}

/** A cleaned file as a page would re-wrap it: same bytes, a new File object Veil never saw. */
async function rewrapped(file: File): Promise<File> {
  const outcome = await cleanUpload(file, options);
  if (outcome.kind !== 'cleaned') throw new Error(`expected cleaned, got ${outcome.kind}`);
  return new File([await outcome.file.arrayBuffer()], 'renamed', { type: file.type });
}

describe('egress verdict', () => {
  it('lets a re-wrapped cleaned video and photo through; holds their originals', async () => {
    const vetted = new VettedFiles();
    const video = gpsVideo();
    const photo = gpsPhoto();
    expect(await egressVerdict(video, vetted)).toBe('unclean');
    expect(await egressVerdict(photo, vetted)).toBe('unclean');
    expect(await egressVerdict(await rewrapped(video), vetted)).toBe('clean');
    expect(await egressVerdict(await rewrapped(photo), vetted)).toBe('clean');
  });

  it('holds the first piece of an original video (a chunk that starts like a video)', async () => {
    const video = gpsVideo();
    const chunk = new File([video.slice(0, Math.floor(video.size / 2))], 'chunk');
    expect(await egressVerdict(chunk, new VettedFiles())).toBe('unclean');
  });

  it('lets files that are not photos or videos through', async () => {
    const text = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    expect(await egressVerdict(text, new VettedFiles())).toBe('clean');
  });
});
