#!/usr/bin/env node
// Time per stage, in-process: every dev page (.eng.txt and .deu.txt) joined and
// repeated 5 times (≈ 1 MB), cleaned by clean() from dist/ with all other stages
// skipped. `(pipeline)` skips every stage (what is left: the closing NFC pass and
// the pipeline itself); `(text stages)` runs all but the word-correcting stages
// (umlauts, names), which have their own budget (issue 5). One warm-up
// run, then the median of the repeats. Reads ../shared/corpus/dev; says so and
// stops when it is missing. Build first (`npm run build`).
//   node scripts/profile-stages.mjs [--repeat N] [--stage NAME[,NAME…]]
// Hot spots of one stage: node --cpu-prof --cpu-prof-dir=/tmp/prof scripts/profile-stages.mjs --stage noise
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'dev');
const argument = (name) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const repeat = Number(argument('--repeat') ?? 7);
const only = argument('--stage');

if (!fs.existsSync(corpus)) {
  console.error(`profile-stages: ${corpus} is missing (the dev pages are not part of the repo); nothing measured.`);
  process.exit(0);
}
const { clean, STAGES } = await import(path.join(root, 'dist', 'index.js'));

const pages = fs.readdirSync(corpus).filter((name) => /\.(eng|deu)\.txt$/.test(name)).sort();
const text = Array(5).fill(pages.map((name) => fs.readFileSync(path.join(corpus, name), 'utf8')).join('\n')).join('\n');
const megabytes = Buffer.byteLength(text) / 1e6;
const names = STAGES.map((stage) => stage.name);
const WORD_STAGES = ['umlauts', 'names'];

/** Median CPU time (ms; less disturbed by other processes than wall time) of cleaning the text with only `kept` stages. */
function time(kept) {
  const skip = names.filter((name) => !kept.includes(name));
  clean(text, { skip });
  const runs = Array.from({ length: repeat }, () => {
    const start = process.cpuUsage();
    clean(text, { skip });
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  });
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)];
}

const rows = only
  ? [[only, only.split(',')]]
  : [
      ['(pipeline)', []],
      ...names.map((name) => [name, [name]]),
      ['(text stages)', names.filter((name) => !WORD_STAGES.includes(name))],
    ];
console.log(`${pages.length} dev pages ×5 = ${megabytes.toFixed(2)} MB, median CPU time of ${repeat} runs, Node ${process.version}`);
for (const [label, kept] of rows) {
  const ms = time(kept);
  console.log(`${label.padEnd(18)} ${ms.toFixed(1).padStart(8)} ms ${(megabytes / (ms / 1000)).toFixed(1).padStart(8)} MB/s`);
}
