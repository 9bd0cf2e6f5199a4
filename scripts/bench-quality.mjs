#!/usr/bin/env node
// Quality benchmark: cleans ../shared/corpus/dev (English- and German-model OCR)
// and the user's sample with the built library, scores with ../shared/bench/score.mjs
// and prints one table. Needs `npm run build` first and ../shared (not part of the repo).
//
//   npm run bench:quality [-- --per-page] [-- --confusions 20] [-- --keep DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const corpus = path.join(shared, 'corpus', 'dev');
const scorer = path.join(shared, 'bench', 'score.mjs');
const args = process.argv.slice(2);

if (!fs.existsSync(corpus) || !fs.existsSync(scorer)) {
  console.error(`bench:quality: ${shared} is missing (corpus/dev and bench/score.mjs); nothing measured.`);
  process.exit(0);
}
const { clean } = await import(path.join(root, 'dist', 'index.js'));

const keepIndex = args.indexOf('--keep');
const outRoot = keepIndex >= 0 ? path.resolve(args[keepIndex + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'clean-ocr-quality-'));
const scorerArgs = args.filter((a, i) => a !== '--keep' && args[i - 1] !== '--keep');

const rows = [];
for (const model of ['eng', 'deu']) {
  const out = path.join(outRoot, model);
  fs.mkdirSync(out, { recursive: true });
  const started = performance.now();
  let bytes = 0;
  for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith(`.${model}.txt`)).sort()) {
    const raw = fs.readFileSync(path.join(corpus, name), 'utf8');
    bytes += Buffer.byteLength(raw);
    fs.writeFileSync(path.join(out, name.replace(`.${model}.txt`, '.txt')), clean(raw).text);
  }
  const seconds = (performance.now() - started) / 1000;
  const json = lastLineJson(
    execFileSync('node', [scorer, out, corpus, '--suffix', '.txt', '--raw-dir', corpus, '--raw-suffix', `.${model}.txt`, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  );
  rows.push({ input: `dev .${model}.txt`, json, seconds, bytes });
  if (scorerArgs.length > 0) {
    process.stdout.write(
      execFileSync('node', [scorer, out, corpus, '--suffix', '.txt', '--raw-dir', corpus, '--raw-suffix', `.${model}.txt`, ...scorerArgs], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }),
    );
  }
}

/** score.mjs --json prints its table, then the totals as JSON on the last line. */
function lastLineJson(output) {
  return JSON.parse(output.trim().split('\n').at(-1));
}

console.log('| input | CER % | WER % | umlaut/ß | quote | hyphen | other | damage | fixed | MB/s |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const { input, json, seconds, bytes } of rows) {
  const k = json.categories;
  console.log(
    `| ${input} | ${pct(json.cer)} | ${pct(json.wer)} | ${k.umlaut.edits} | ${k.quote.edits} | ${k.hyphen.edits} | ${k.other.edits} | ${json.damage} | ${json.fixed} | ${(bytes / 1e6 / seconds).toFixed(2)} |`,
  );
}
console.log(`\ncleaned pages kept in ${outRoot}`);

function pct(fraction) {
  return (fraction * 100).toFixed(2);
}
