/** The upload guard's pure core: neutral names, file kinds, one file's decision, a batch. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cleanBatch, receiptText, type BatchUi } from '../../src/upload/batch.ts';
import { cleanUpload } from '../../src/upload/clean-upload.ts';
import { fileKey, VettedFiles } from '../../src/upload/file-key.ts';
import { extensionOf, NeutralNames } from '../../src/upload/file-names.ts';
import { PROJECT_ROOT } from '../helpers/corpus.ts';
import { exiftool, identifyingTags, tempDir, writeTemp } from '../helpers/tools.ts';

function gpsPhoto(): File {
  const path = join(tempDir(), 'IMG_20240301_140233.jpg');
  copyFileSync(join(PROJECT_ROOT, 'samples/sample-photo.jpg'), path);
  execFileSync('exiftool', [
    '-q',
    '-overwrite_original',
    '-GPSLatitude=51.5',
    '-GPSLatitudeRef=N',
    '-Model=iPhone 13',
    path,
  ]);
  return new File([readFileSync(path)], 'Jane Smith selfie.jpg', {
    type: 'image/jpeg',
    lastModified: 1,
  });
}

const ui = (answer: 'skip' | 'original' = 'skip'): BatchUi & { asked: number } => {
  const u = {
    asked: 0,
    showProgress: vi.fn(() => () => undefined),
    askAboutHeld: vi.fn(async () => {
      u.asked++;
      return answer;
    }),
    showReceipt: vi.fn(),
  };
  return u;
};

describe('neutral names', () => {
  it('numbers photos and videos separately and keeps a safe extension', () => {
    const names = new NeutralNames();
    expect(names.next('photo', 'jpg')).toBe('photo-1.jpg');
    expect(names.next('photo', 'heic')).toBe('photo-2.heic');
    expect(names.next('video', 'mp4')).toBe('video-1.mp4');
    expect(names.next('photo', '../x')).toBe('photo-3.bin');
    expect(extensionOf('IMG_1.JPEG')).toBe('jpeg');
  });
});

describe('cleanUpload', () => {
  const options = () => ({ names: new NeutralNames(), anonymiseNames: true, now: () => 42 });

  it('cleans a photo: same MIME type, neutral name, fresh date, nothing identifying', async () => {
    const outcome = await cleanUpload(gpsPhoto(), options());
    expect(outcome.kind).toBe('cleaned');
    if (outcome.kind !== 'cleaned') return;
    expect(outcome.file.name).toBe('photo-1.jpg');
    expect(outcome.file.type).toBe('image/jpeg');
    expect(outcome.file.lastModified).toBe(42);
    const path = writeTemp(new Uint8Array(await outcome.file.arrayBuffer()), 'out.jpg');
    expect(identifyingTags(exiftool(path))).toEqual([]);
    expect(outcome.removed.some((l) => l.category === 'location')).toBe(true);
  });

  it('keeps the name but fixes the extension when anonymising is off', async () => {
    const outcome = await cleanUpload(gpsPhoto(), { ...options(), anonymiseNames: false });
    expect(outcome.kind === 'cleaned' && outcome.file.name).toBe('Jane Smith selfie.jpg');
  });

  it('holds a corrupt JPEG, unknown bytes that claim to be a video, and TIFF', async () => {
    const corrupt = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xf0, 1, 2])], 'a.jpg');
    const video = new File(['not really a video'], 'clip.mov', { type: 'video/quicktime' });
    const tiff = new File([new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0])], 'scan.dat');
    for (const file of [corrupt, video, tiff]) {
      expect((await cleanUpload(file, options())).kind).toBe('held');
    }
  });

  it('cleans a video by streaming slices: neutral name, location gone', async () => {
    const dir = tempDir();
    const path = join(dir, 'VID_20240301_140233.mp4');
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=1:size=64x64:rate=5',
      '-metadata',
      'location=+51.5074-000.1278/',
      '-c:v',
      'mpeg4',
      '-y',
      path,
    ]);
    const file = new File([readFileSync(path)], 'VID_20240301_140233.mp4', { type: 'video/mp4' });
    const outcome = await cleanUpload(file, options());
    expect(outcome.kind).toBe('cleaned');
    if (outcome.kind !== 'cleaned') return;
    expect(outcome.file.name).toBe('video-1.mp4');
    expect(outcome.file.type).toBe('video/mp4');
    const out = writeTemp(new Uint8Array(await outcome.file.arrayBuffer()), 'out.mp4', dir);
    const tags = Object.keys(exiftool(out)).filter((k) => /GPS|Location/i.test(k));
    expect(tags).toEqual([]);
  });

  it('passes documents and other files untouched', async () => {
    const pdf = new File(['%PDF-1.4\n'], 'rates.pdf', { type: 'application/pdf' });
    const text = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    for (const file of [pdf, text]) {
      const outcome = await cleanUpload(file, options());
      expect(outcome).toEqual({ kind: 'passed', file });
    }
  });
});

describe('cleanBatch', () => {
  it('asks once about held files; "skip" drops them, "original" sends them renamed', async () => {
    const corrupt = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xf0])], 'IMG_1.jpg');
    const skip = ui('skip');
    const a = await cleanBatch([gpsPhoto(), corrupt], {
      names: new NeutralNames(),
      anonymiseNames: true,
      showReceipts: true,
      ui: skip,
    });
    expect(skip.asked).toBe(1);
    expect(a.files.map((f) => f.name)).toEqual(['photo-1.jpg']);
    expect(await a.report).toMatchObject({ cleaned: 1, held: 1, passed: 0 });
    expect(skip.showReceipt).toHaveBeenCalledWith(
      expect.stringMatching(/^Cleaned 1 file\. Removed/),
    );

    const send = ui('original');
    const b = await cleanBatch([corrupt], {
      names: new NeutralNames(),
      anonymiseNames: true,
      showReceipts: false,
      ui: send,
    });
    expect(b.files.map((f) => f.name)).toEqual(['photo-1.jpg']);
    expect(new Uint8Array(await b.files[0]!.arrayBuffer())).toEqual(
      new Uint8Array(await corrupt.arrayBuffer()),
    );
    expect(send.showReceipt).not.toHaveBeenCalled();
  });

  it('writes a short receipt sentence', () => {
    expect(receiptText(2, [{ category: 'location', text: 'Location' }])).toBe(
      'Cleaned 2 files. Removed location.',
    );
  });
});

describe('vetted files', () => {
  it('recognises a file by name, size, type and date', () => {
    const vetted = new VettedFiles();
    const f = new File(['x'], 'photo-1.jpg', { type: 'image/jpeg', lastModified: 5 });
    vetted.add(f);
    expect(
      vetted.has(new File(['y'], 'photo-1.jpg', { type: 'image/jpeg', lastModified: 5 })),
    ).toBe(true);
    expect(
      vetted.has(new File(['x'], 'photo-1.jpg', { type: 'image/jpeg', lastModified: 6 })),
    ).toBe(false);
    expect(fileKey(f)).not.toBe(fileKey({ size: 1, type: 'image/jpeg' }));
  });
});
