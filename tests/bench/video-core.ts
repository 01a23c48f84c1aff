/** Cleans one file with the streaming core and writes it: what the video benchmark times. */
import { cleanFile } from '../../src/metadata/clean-file.ts';
import { openFileSource, writePlan } from '../../src/cli/file-source.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: video-core.ts INPUT OUTPUT');
const { source, close } = await openFileSource(input);
const result = await cleanFile(source);
if (!result.ok) throw new Error(result.detail);
await writePlan(output, result.plan, source);
await close();
