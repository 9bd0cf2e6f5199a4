#!/usr/bin/env node
// Offline evidence for word-pair context in the umlaut decision: would the neighbours fix the real-word
// umlaut errors the pipeline leaves (konnte for könnte), and how many right words would they break?
//
// Cleans the English-model dev pages (../shared/corpus/dev/*.eng.txt) with dist/ (npm run build first),
// aligns the cleaned words with the ground truth, and for every cleaned token that is a word and has an
// umlaut twin in the lexicon (spellingsForKey) asks Bigrams.contextPreference whether the neighbours
// (previous and next word of the same clause in the cleaned text) favour a twin over the token. Prints,
// per threshold: errors fixed (the twin chosen is the truth), errors changed to another wrong twin, and
// right words broken; for both scoring variants (pairs as written, lowercase) and a few pseudo-counts.
//
//   node scripts/context-eval.mjs [--pages eng|deu] [--show 20]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '..', 'shared', 'corpus', 'dev');
const args = process.argv.slice(2);
const model = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : 'eng';
const show = args.includes('--show') ? Number(args[args.indexOf('--show') + 1]) : 0;

if (!fs.existsSync(corpus)) {
  console.error(`context-eval: ${corpus} is missing; nothing measured.`);
  process.exit(0);
}
const { clean } = await import(path.join(root, 'dist', 'index.js'));
const { loadLexicon } = await import(path.join(root, 'dist', 'lexicon', 'load.js'));
const { loadBigrams } = await import(path.join(root, 'dist', 'lexicon', 'bigrams.js'));
const { align, OP } = await import(path.join(root, 'dist', 'eval', 'levenshtein.js'));
const { foldUmlauts } = await import('./calibration.mjs');
const lexicon = loadLexicon();
const bigrams = loadBigrams();

const THRESHOLDS = [0, 0.5, 1, 1.5, 2, 3, 4, 6];
const VARIANTS = [
  { name: 'as written, k=1', options: { pseudoCount: 1 } },
  { name: 'as written, k=3', options: { pseudoCount: 3 } },
  { name: 'lowercase, k=1', options: { folded: true, pseudoCount: 1 } },
  { name: 'lowercase, k=3', options: { folded: true, pseudoCount: 3 } },
];

const capitalise = (word) => word[0].toUpperCase() + word.slice(1);

/** The words of a text with, for each, whether the word before it is in the same clause (only white space between). */
function wordsOf(text) {
  const words = [];
  let previousEnd = -1;
  for (const match of text.normalize('NFC').matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const joined = previousEnd >= 0 && /^\s+$/.test(text.slice(previousEnd, match.index));
    words.push({ text: match[0], joined });
    previousEnd = match.index + match[0].length;
  }
  return words;
}

/** For each cleaned word, the aligned ground-truth word (undefined where the alignment has none). */
function alignWords(cleaned, truth) {
  const ids = new Map();
  const id = (word) => ids.get(word) ?? ids.set(word, ids.size).get(word);
  const { ops } = align(Uint16Array.from(truth, (w) => id(w.text)), Uint16Array.from(cleaned, (w) => id(w.text)));
  const truthOf = new Array(cleaned.length);
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === OP.insertion) j++;
    else if (op === OP.deletion) i++;
    else truthOf[j++] = truth[i++].text;
  }
  return truthOf;
}

/** The token's umlaut twins that the lexicon knows, in the token's capitalisation. */
function twinsOf(token) {
  const twins = new Set();
  for (const spelling of lexicon.spellingsForKey(token)) {
    const twin = token[0] === token[0].toUpperCase() && token.slice(1) !== token.slice(1).toUpperCase() ? capitalise(spelling) : spelling;
    if (twin !== token && foldUmlauts(twin) === foldUmlauts(token) && /[äöüÄÖÜß]/.test(twin + token)) twins.add(twin);
  }
  return [...twins];
}

const cases = [];
let umlautOnlyErrors = 0;
for (const name of fs.readdirSync(corpus).filter((n) => n.endsWith(`.${model}.txt`)).sort()) {
  const cleaned = wordsOf(clean(fs.readFileSync(path.join(corpus, name), 'utf8')).text);
  const truth = wordsOf(fs.readFileSync(path.join(corpus, name.replace(`.${model}.txt`, '.gt.txt')), 'utf8'));
  const truthOf = alignWords(cleaned, truth);
  cleaned.forEach((word, index) => {
    const right = truthOf[index];
    if (right === undefined || foldUmlauts(right) !== foldUmlauts(word.text)) return;
    if (right !== word.text) umlautOnlyErrors++;
    if (!lexicon.isWord(word.text)) return;
    const twins = twinsOf(word.text);
    if (twins.length === 0) return;
    const prev = word.joined ? cleaned[index - 1].text : '';
    const next = cleaned[index + 1]?.joined ? cleaned[index + 1].text : '';
    cases.push({ page: name, token: word.text, right, twins, prev, next });
  });
}

const errors = cases.filter((c) => c.token !== c.right);
console.log(`dev .${model}.txt: ${umlautOnlyErrors} tokens differ from the truth only in umlauts/ß; `
  + `${cases.length} cleaned tokens are words with an umlaut twin in the lexicon: ${errors.length} wrong, ${cases.length - errors.length} right`);
console.log(`wrong ones whose truth is a twin: ${errors.filter((c) => c.twins.includes(c.right)).length}; `
  + `with a neighbour in the same clause: ${cases.filter((c) => c.prev || c.next).length} of ${cases.length}\n`);

for (const { name, options } of VARIANTS) {
  const scored = cases.map((c) => {
    let best = { twin: '', score: -Infinity };
    for (const twin of c.twins) {
      const score = bigrams.contextPreference(c.prev, c.next, twin, c.token, options);
      if (score > best.score) best = { twin, score };
    }
    return { ...c, ...best };
  });
  console.log(`### ${name}\n`);
  console.log('| threshold | fixed | wrong twin | broken | net | precision |');
  console.log('|---|---|---|---|---|---|');
  for (const threshold of THRESHOLDS) {
    const flipped = scored.filter((c) => c.score > threshold);
    const fixed = flipped.filter((c) => c.twin === c.right).length;
    const broken = flipped.filter((c) => c.token === c.right).length;
    const wrongTwin = flipped.length - fixed - broken;
    const precision = flipped.length ? ((100 * fixed) / flipped.length).toFixed(0) : '–';
    console.log(`| > ${threshold} | ${fixed} | ${wrongTwin} | ${broken} | ${fixed - broken - wrongTwin} | ${precision} % |`);
  }
  if (show > 0) {
    const flipped = scored.filter((c) => c.score > 0).sort((a, b) => b.score - a.score).slice(0, show);
    for (const c of flipped) {
      const verdict = c.twin === c.right ? 'FIX ' : c.token === c.right ? 'BREAK' : 'WRONG';
      console.log(`${verdict} ${c.score.toFixed(2)} ${c.page} ${c.prev} [${c.token}→${c.twin}] ${c.next} (truth ${c.right})`);
    }
  }
  console.log('');
}
