#!/usr/bin/env node
// Counts adjacent word pairs in the same German text as build-frequencies.mjs, keeping only the pairs
// with a word whose umlaut twin is a word too (konnte/könnte, schon/schön, drucken/drücken), and writes
//   dictionaries/bigrams-de.tsv.gz  the counts (the source of truth, readable), and
//   dictionaries/bigrams-de.bin     the same compiled for src/lexicon/bigrams.ts (read in place, no parsing).
//
// Why: the lexicon and unigram frequencies cannot choose between two real words that differ only in
// umlauts; the neighbouring words can (`es könnte sein`, `die Taste drücken`, `wir hätten gern`).
//
// Usage: npm run build:bigrams            (downloads like build-frequencies.mjs, ~4 min)
//        node scripts/build-bigrams.mjs --compile-only   (only rewrites the .bin from the .tsv.gz)
// Set CLEAN_OCR_DEB_CACHE=DIR to read already downloaded .deb files from DIR instead of downloading.
// The ambiguous words come from the committed dictionaries/frequencies-de.tsv.gz (no hand list).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { clausesOf, fail, readGermanParagraphs, refreshPackageLists, requireTools, SOURCES } from './corpus/german-text.mjs';
import { writeBigramBinary } from './dictionaries/bigram-format.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const FREQUENCIES = join(REPO, 'dictionaries', 'frequencies-de.tsv.gz');
const OUTPUT = join(REPO, 'dictionaries', 'bigrams-de.tsv.gz');
const BINARY = join(REPO, 'dictionaries', 'bigrams-de.bin');
/** A pair seen once is as often noise (a typo, a line of a table) as usage: kept pairs are seen at least twice. */
const MIN_PAIR_COUNT = 2;
/** Both readings of an ambiguous word must be seen this often (case-insensitive) in the frequency list. */
const MIN_TWIN_COUNT = 3;

if (process.argv.includes('--compile-only')) compile(readFileSync(OUTPUT));
else main();

function main() {
  requireTools(['apt-get', 'dpkg-deb', 'pdftotext']);
  const ambiguous = ambiguousWords(readFileSync(FREQUENCIES));
  console.log(`${ambiguous.size} ambiguous words (lowercase), e.g. ${[...ambiguous].slice(0, 12).join(' ')}`);
  if (!process.env.CLEAN_OCR_DEB_CACHE) refreshPackageLists();
  const work = mkdtempSync(join(tmpdir(), 'clean-ocr-bigrams-'));
  try {
    const pairs = new Map();
    const words = new Map();
    const seenParagraphs = new Set();
    const used = [];
    for (const pkg of [...new Set(SOURCES.map((source) => source.pkg))]) {
      const read = readGermanParagraphs(pkg, work, seenParagraphs, (paragraph) => countPairs(paragraph, ambiguous, pairs, words),
        process.env.CLEAN_OCR_DEB_CACHE);
      if (read) {
        used.push({ pkg, version: read.version });
        console.log(`${pkg} ${read.version}: ${pairs.size} distinct pairs so far`);
      }
    }
    if (!used.length) fail('no package could be downloaded');
    const tsv = gzipSync(bigramTsv(pairs, words, ambiguous, used), { level: 9 });
    writeFileSync(OUTPUT, tsv);
    console.log(`wrote ${OUTPUT} (${(tsv.length / 1024).toFixed(0)} KiB)`);
    compile(tsv);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** German lowercase and without umlauts: `Könnte` → `konnte`, `Straße` → `strasse`. */
function foldUmlauts(word) {
  return word.toLowerCase().replace(/[äöü]/g, (letter) => ({ ä: 'a', ö: 'o', ü: 'u' })[letter]).replace(/ß/g, 'ss');
}

/**
 * The lowercase words that share their umlaut-free spelling with another word of the frequency list,
 * both seen at least MIN_TWIN_COUNT times: konnte and könnte, schon and schön, dass and daß.
 */
function ambiguousWords(frequencyGz) {
  const lowercaseCounts = new Map();
  for (const line of gunzipSync(frequencyGz).toString('utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, count] = line.split('\t');
    if (word.includes('-')) continue;
    const lower = word.toLowerCase();
    lowercaseCounts.set(lower, (lowercaseCounts.get(lower) ?? 0) + Number(count));
  }
  const twins = new Map();
  for (const [word, count] of lowercaseCounts) {
    if (count < MIN_TWIN_COUNT) continue;
    const key = foldUmlauts(word);
    twins.set(key, [...(twins.get(key) ?? []), word]);
  }
  return new Set([...twins.values()].filter((group) => group.length > 1).flat().sort());
}

/** Counts every word of the paragraph's clauses, and each adjacent pair with an ambiguous word in it. */
function countPairs(paragraph, ambiguous, pairs, words) {
  for (const clause of clausesOf(paragraph)) {
    for (let index = 0; index < clause.length; index++) {
      const word = clause[index];
      words.set(word, (words.get(word) ?? 0) + 1);
      const next = clause[index + 1];
      if (next === undefined) continue;
      if (!ambiguous.has(word.toLowerCase()) && !ambiguous.has(next.toLowerCase())) continue;
      const pair = `${word}\t${next}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
}

/**
 * The TSV: `#` header lines (the last lists the ambiguous words, whose pairs are all counted), then
 * `left<TAB>right<TAB>count` for the kept pairs, then `word<TAB>count` (how often the word occurs in the
 * counted clauses) for every word of a kept pair: the smoothing of the run-time score needs both.
 */
function bigramTsv(pairs, words, ambiguous, used) {
  const byCountThenText = ([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0);
  const kept = [...pairs].filter(([, count]) => count >= MIN_PAIR_COUNT).sort(byCountThenText);
  const inPairs = new Set(kept.flatMap(([pair]) => pair.split('\t')));
  const wordRows = [...words].filter(([word]) => inPairs.has(word)).sort(byCountThenText);
  const tokens = [...words.values()].reduce((sum, count) => sum + count, 0);
  const codename = /VERSION_CODENAME=(\w+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  const header = [
    `# German word pairs counted by scripts/build-bigrams.mjs in the German text of Debian ${codename} packages: `
      + used.map(({ pkg, version }) => `${pkg} ${version}`).join(', '),
    `# tokens=${tokens} ambiguous_words=${ambiguous.size} distinct_pairs=${pairs.size} listed_pairs=${kept.length} `
      + `min_pair_count=${MIN_PAIR_COUNT} min_twin_count=${MIN_TWIN_COUNT}; case as written; `
      + 'rows: left<TAB>right<TAB>count (pairs), then word<TAB>count (the words of those pairs)',
    `# ambiguous: ${[...ambiguous].join(' ')}`,
  ];
  console.log(`${tokens} tokens in clauses, ${pairs.size} distinct pairs with an ambiguous word, ${kept.length} listed, `
    + `${wordRows.length} words`);
  return `${[...header, ...kept.map(([pair, count]) => `${pair}\t${count}`), ...wordRows.map(([word, count]) => `${word}\t${count}`)].join('\n')}\n`;
}

/** Compiles the TSV into the binary the run time reads (format in scripts/dictionaries/bigram-format.mjs). */
function compile(tsvGz) {
  const text = gunzipSync(tsvGz).toString('utf8');
  const lines = text.split('\n').filter((line) => line && !line.startsWith('#'));
  const pairs = [];
  const words = [];
  for (const line of lines) {
    const fields = line.split('\t');
    if (fields.length === 3) pairs.push([`${fields[0]}\t${fields[1]}`, Number(fields[2])]);
    else words.push([fields[0], Number(fields[1])]);
  }
  const tokens = Number(/tokens=(\d+)/.exec(text)?.[1] ?? 0);
  const ambiguous = /^# ambiguous: (.*)$/m.exec(text)?.[1].split(' ') ?? [];
  const bytes = writeBigramBinary({ pairs, words, tokens, ambiguous });
  writeFileSync(BINARY, bytes);
  console.log(`wrote ${BINARY} (${(bytes.length / 1024).toFixed(0)} KiB: ${pairs.length} pairs, ${words.length} words)`);
}
