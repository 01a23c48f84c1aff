/** Receipt lines for video metadata: ISO 6709 positions, devices, dates, identifiers, tracks. */
import { describe, expect, it } from 'vitest';
import { describeRemoved } from '../../../src/metadata/receipt.ts';
import { parseIso6709 } from '../../../src/metadata/receipt-video.ts';
import { sniffVideo } from '../../../src/metadata/sniff.ts';
import { latin1Bytes } from '../../../src/metadata/bytes.ts';

describe('video receipt lines', () => {
  it('reads ISO 6709 positions in degrees, DDMM and DDMMSS forms', () => {
    expect(parseIso6709('+51.6320-001.1230+010.000/')).toEqual({ lat: 51.632, lon: -1.123 });
    const ddmm = parseIso6709('+5137.92-00107.38/')!;
    expect(ddmm.lat).toBeCloseTo(51.632, 3);
    expect(ddmm.lon).toBeCloseTo(-1.123, 3);
    const ddmmss = parseIso6709('+513755.2-0010722.8/')!;
    expect(ddmmss.lat).toBeCloseTo(51.632, 3);
    expect(parseIso6709('+95.0000+000.0000/')).toBeNull();
    expect(parseIso6709('somewhere')).toBeNull();
  });

  it('turns video parts into the same words as the photo receipt', async () => {
    const lines = await describeRemoved([
      { kind: 'location', detail: '+51.6320-001.1230/', size: 30 },
      { kind: 'device', detail: 'Apple\u0000iPhone 12\u000017.1', size: 0 },
      { kind: 'date', detail: '2024-03-01T14:02:11+0100', size: 0 },
      { kind: 'date', detail: 'zone', size: 0 },
      { kind: 'identifier', detail: 'live_photo', size: 0 },
      { kind: 'timed_metadata', detail: 'faces', size: 100 },
      { kind: 'timed_metadata', detail: 'gps', size: 100 },
      { kind: 'location', size: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual([
      'Location (51.632, \u22121.123)',
      'Phone: Apple iPhone 12',
      'Software: 17.1',
      'Recorded 1 March 2024, 14:02',
      'Time zone',
      'Live Photo identifier',
      'Face-detection track',
      'GPS track',
      'Location data',
    ]);
  });

  it('keeps hostile values short and free of control characters', async () => {
    const lines = await describeRemoved([
      { kind: 'device', detail: `<b>${'x'.repeat(200)}\u0007</b>\u0000model`, size: 0 },
    ]);
    for (const line of lines) {
      expect(line.text.length).toBeLessThan(80);
      expect([...line.text].some((c) => c.charCodeAt(0) < 0x20)).toBe(false);
    }
  });

  it('sniffs videos by brand and QuickTime atoms, never HEIF, AVIF or CR3', () => {
    const ftyp = (major: string, ...compatible: string[]) =>
      latin1Bytes(
        `\u0000\u0000\u0000${String.fromCharCode(16 + 4 * compatible.length)}ftyp${major}\u0000\u0000\u0000\u0000${compatible.join('')}`,
      );
    expect(sniffVideo(ftyp('isom', 'isom', 'mp41'))).toMatchObject({ format: 'mp4', mime: 'video/mp4' }); // prettier-ignore
    expect(sniffVideo(ftyp('qt  ', 'qt  '))).toMatchObject({ format: 'mov' });
    expect(sniffVideo(ftyp('3gp4', '3gp4'))).toMatchObject({ mime: 'video/3gpp' });
    expect(sniffVideo(ftyp('M4V ', 'M4V ', 'mp42'))).toMatchObject({ mime: 'video/x-m4v' });
    expect(sniffVideo(ftyp('heic', 'mif1', 'heic'))).toBeNull();
    expect(sniffVideo(ftyp('avif', 'avif', 'mif1'))).toBeNull();
    expect(sniffVideo(ftyp('crx ', 'crx ', 'isom'))).toBeNull();
    expect(sniffVideo(latin1Bytes('\u0000\u0000\u0000\u0008wide\u0000\u0000\u0000\u0010mdat'))).toMatchObject({ format: 'mov' }); // prettier-ignore
    expect(sniffVideo(latin1Bytes('\u0000\u0000\u0000\u0008junk'))).toBeNull();
  });
});
