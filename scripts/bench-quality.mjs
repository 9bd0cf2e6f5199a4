#!/usr/bin/env node
// Quality benchmark: cleans ../shared/corpus/dev (English- and German-model OCR)
// and the user's sample with the built library, scores with ../shared/bench/score.mjs
// and prints one table. Needs `npm run build` first and ../shared (not part of the repo).
// The pages are also scored with clean-ocr's own evaluation (dist/eval, as `clean-ocr eval`);
// the last line says whether its numbers agree exactly with score.mjs.
//
//   npm run bench:quality [-- --per-page] [-- --confusions 20] [-- --keep DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { calibrationTable, judge } from './calibration.mjs';

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
const { scoreText } = await import(path.join(root, 'dist', 'eval', 'score.js'));
const { addEvaluation, emptyEvaluation, evaluatePage } = await import(path.join(root, 'dist', 'eval', 'totals.js'));

const keepIndex = args.indexOf('--keep');
const outRoot = keepIndex >= 0 ? path.resolve(args[keepIndex + 1]) : fs.mkdtempSync(path.join(os.tmpdir(), 'clean-ocr-quality-'));
const scorerArgs = args.filter((a, i) => a !== '--keep' && args[i - 1] !== '--keep');

const rows = [];
/** Every change the correction stages propose (at any confidence), judged against the ground truth. */
const judged = [];
/** Stages whose changes are judgements; the others (encoding, NFC, invisible characters) are exact. */
const CALIBRATED_STAGES = new Set(['noise', 'hyphenation', 'layout', 'quotes', 'umlauts', 'abbreviations', 'punctuation', 'references', 'names']);
for (const model of ['eng', 'deu']) {
  const out = path.join(outRoot, model);
  fs.mkdirSync(out, { recursive: true });
  let seconds = 0;
  let bytes = 0;
  for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith(`.${model}.txt`)).sort()) {
    const raw = fs.readFileSync(path.join(corpus, name), 'utf8');
    bytes += Buffer.byteLength(raw);
    const started = performance.now();
    const cleaned = clean(raw);
    seconds += (performance.now() - started) / 1000;
    const result = clean(raw, { minConfidence: 0 });
    fs.writeFileSync(path.join(out, name.replace(`.${model}.txt`, '.txt')), cleaned.text);
    const truth = fs.readFileSync(path.join(corpus, name.replace(`.${model}.txt`, '.gt.txt')), 'utf8');
    judged.push(...judge(raw, truth, result.changes.filter((change) => CALIBRATED_STAGES.has(change.stage))));
  }
  const json = lastLineJson(
    execFileSync('node', [scorer, out, corpus, '--suffix', '.txt', '--raw-dir', corpus, '--raw-suffix', `.${model}.txt`, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    }),
  );
  rows.push({ input: `dev .${model}.txt`, json, seconds, bytes, evaluation: evaluateCleaned(model, out) });
  if (scorerArgs.length > 0) {
    process.stdout.write(
      execFileSync('node', [scorer, out, corpus, '--suffix', '.txt', '--raw-dir', corpus, '--raw-suffix', `.${model}.txt`, ...scorerArgs], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }),
    );
  }
}

/** clean-ocr's own figures for the cleaned pages in `out`, against the raw OCR and the ground truth. */
function evaluateCleaned(model, out) {
  const total = emptyEvaluation();
  for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith('.gt.txt')).sort()) {
    const id = name.slice(0, -'.gt.txt'.length);
    const gt = fs.readFileSync(path.join(corpus, name), 'utf8');
    const raw = fs.readFileSync(path.join(corpus, `${id}.${model}.txt`), 'utf8');
    const cleaned = fs.readFileSync(path.join(out, `${id}.txt`), 'utf8');
    addEvaluation(total, evaluatePage(scoreText(raw, gt), scoreText(cleaned, gt)));
  }
  return total;
}

/** Where clean-ocr's evaluation and score.mjs differ (both count exactly, so they must not). */
function disagreements(json, evaluation) {
  const pairs = [
    ['gt_chars', json.gt_chars, evaluation.gtChars],
    ['gt_words', json.gt_words, evaluation.gtWords],
    ['char_edits', json.char_edits, evaluation.after.charEdits],
    ['word_edits', json.word_edits, evaluation.after.wordEdits],
    ['damage', json.damage, evaluation.damaged],
    ['fixed', json.fixed, evaluation.fixed],
    ...Object.entries(json.categories).flatMap(([kind, count]) => [
      [`${kind} edits`, count.edits, evaluation.after.kinds[kind].edits],
      [`${kind} spans`, count.spans, evaluation.after.kinds[kind].spans],
    ]),
  ];
  return pairs.filter(([, theirs, ours]) => theirs !== ours).map(([what, theirs, ours]) => `${what} ${theirs} vs ${ours}`);
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
console.log('\nCalibration: every change the correction stages propose on both models (made with --min-confidence 0),');
console.log('judged right or wrong against the ground truth (scripts/calibration.mjs):\n');
console.log(calibrationTable(judged));
console.log(`\ncleaned pages kept in ${outRoot}`);
const differences = rows.flatMap(({ input, json, evaluation }) => disagreements(json, evaluation).map((d) => `${input}: ${d}`));
console.log(
  differences.length === 0
    ? 'clean-ocr eval agrees exactly with score.mjs (CER, WER, errors by kind, damage, fixed)'
    : `clean-ocr eval DISAGREES with score.mjs (score.mjs vs eval): ${differences.join('; ')}`,
);

function pct(fraction) {
  return (fraction * 100).toFixed(2);
}
