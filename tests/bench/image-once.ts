/**
 * Runs one image method once on one file, in its own process, so the memory benchmark can read
 * the process's max RSS (tests/bench/memory.ts). `none` loads the same modules and reads the
 * file but cleans nothing: the baseline the others are compared with.
 */
import { readFileSync } from 'node:fs';
import piexif from 'piexifjs';
import { cleanImage, stripImage } from '../../src/metadata/clean.ts';

const [method, path] = process.argv.slice(2);
if (!method || !path) throw new Error('usage: image-once.ts none|veil|receipt|piexif|copy FILE');
const bytes = new Uint8Array(readFileSync(path));
let outBytes = bytes.length;
switch (method) {
  case 'none':
    break;
  case 'veil': {
    const r = stripImage(bytes);
    if (!r.ok) throw new Error(r.detail);
    outBytes = r.result.output.length;
    break;
  }
  case 'receipt': {
    const r = await cleanImage(bytes);
    if (!r.ok) throw new Error(r.detail);
    outBytes = r.output.length;
    break;
  }
  case 'piexif':
    // piexifjs works on a binary string: making it is part of the cost of using it on bytes.
    outBytes = piexif.remove(Buffer.from(bytes).toString('latin1')).length;
    break;
  case 'copy':
    outBytes = bytes.slice().length;
    break;
  default:
    throw new Error(`unknown method ${method}`);
}
// Print the size so no engine can skip the work as unused.
process.stdout.write(`${outBytes}\n`);
