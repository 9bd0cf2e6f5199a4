/**
 * The script of clean-ocr's V8 start-up snapshot. scripts/bundle.mjs bundles
 * it, and snapshot-build.cts runs `node --build-snapshot` on it with a page
 * to warm up on; Node saves the heap once the warm-up run is done: the
 * bundle evaluated, the lexicon and word pairs loaded, the code of a typical
 * run compiled, the memos of pure functions (glyph costs, character classes)
 * filled. bin/clean-ocr starts Node from that heap, and the function set here runs the command
 * line on the new process's arguments: 3 KB of new OCR text took 163 ms
 * against 189 ms from the bundle (README, "Design decisions").
 * Nothing of the warm-up document survives in a state that a later run could
 * read: the memos are keyed by word or glyph, not by document.
 */
import v8 from 'node:v8';
import { main } from '../cli.js';
import { rebindDataFiles, releaseDataFiles } from '../lexicon/data-files.js';
import { runThisProcess } from './this-process.js';
import { warmUp } from './warm-up.js';

const page = process.argv[2];
if (!page) throw new Error('usage: node --snapshot-blob FILE --build-snapshot clean-ocr-snapshot.cjs PAGE');
let warm = false;
void warmUp(main, page).then(() => (warm = true));
v8.startupSnapshot.addSerializeCallback(() => {
  if (!warm) throw new Error('the snapshot would be taken before the warm-up run ended');
  // The lexicon's and word pairs' bytes are read from their files when the snapshot is restored, faster than from it.
  releaseDataFiles();
});
v8.startupSnapshot.addDeserializeCallback(rebindDataFiles);
// Node drops the `--` that ends its own options; the rest are clean-ocr's.
v8.startupSnapshot.setDeserializeMainFunction(() => runThisProcess(process.argv.slice(1)));
