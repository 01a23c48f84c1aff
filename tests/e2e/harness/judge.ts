/** The judges for what the server received: exiftool finds nothing identifying, pixels equal. */
import { join } from 'node:path';
import { exiftool, identifyingTags, pixelHashes, tempDir, writeTemp } from '../../helpers/tools.ts';
import type { Received } from './server.ts';

export interface PhotoVerdict {
  identifying: string[];
  pixelsEqual: boolean;
  name: string;
  type: string;
}

export function judgePhoto(received: Received, originalPath: string): PhotoVerdict {
  const path = writeTemp(received.bytes, `received-${Date.now()}.jpg`, tempDir('veil-recv-'));
  return {
    identifying: identifyingTags(exiftool(path)),
    pixelsEqual: pixelHashes(path).join() === pixelHashes(originalPath).join(),
    name: received.filename,
    type: received.type,
  };
}

export const NEUTRAL_JPEG_NAME = /^photo-\d+\.jpg$/;
export { join };
