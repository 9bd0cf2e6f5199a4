#!/usr/bin/env node
// One measurement for `npm run bench`, in a fresh process: how fast clean()
// is on pages whose words it has not seen yet. The dev pages repeat in the
// other benchmarks, so after their first pass every word comes from the word
// memos; text that keeps bringing new words (a real batch) pays the lexicon
// walk for each of them. The code is warmed first on the odd pages (eight
// passes, so V8 has optimised it), then the even pages are cleaned twice:
// the first pass meets their new words, the second finds them remembered.
// Prints JSON: { bytes, firstPassMs, secondPassMs } for the even pages.
//   node scripts/bench-new-text.mjs DEV_FOLDER
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { clean } = await import(path.join(root, 'dist', 'index.js'));
const folder = process.argv[2];
const pages = fs.readdirSync(folder).filter((name) => name.endsWith('.eng.txt')).sort().map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
const warmUp = pages.filter((_, i) => i % 2 === 0);
const measured = pages.filter((_, i) => i % 2 === 1);
const milliseconds = (texts) => {
  const start = process.hrtime.bigint();
  for (const text of texts) clean(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
for (let pass = 0; pass < 8; pass++) milliseconds(warmUp);
const firstPassMs = milliseconds(measured);
const secondPassMs = milliseconds(measured);
const bytes = measured.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
console.log(JSON.stringify({ pages: measured.length, bytes, firstPassMs, secondPassMs }));
