#!/usr/bin/env node
// Estimates how often everyday German uses a word, from the ranked word list of film subtitles
// that @zxcvbn-ts/language-de ships (`commonWords`, built by zxcvbn-ts from the FrequencyWords
// project's German OpenSubtitles 2018 list), and writes dictionaries/everyday-de.tsv.gz
// (`word<TAB>estimated count`, lowercase, most frequent first).
//
// Why: frequencies-de.tsv.gz counts software manuals, written in the present tense and
// addressing the reader (`möchten` 895 times: "wenn Sie … möchten"). Narrative German, and older
// books most of all, uses words they never have (`mochten`, `fuhren`, `andern`: 0 times), and a
// correct word the manuals never counted must not lose to its umlaut twin on that count alone.
//
// The list gives ranks, not counts. A word of rank r is estimated at K / r (Zipf's law), with K
// the median of count × rank over the words both lists have: such a word keeps, at the median,
// the count the manuals gave it, so the two scales meet.
//
// Usage: npm run build:everyday  (reads node_modules; no network). Then npm run build:dictionaries.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = '@zxcvbn-ts/language-de';
const OUTPUT = join(REPO, 'dictionaries', 'everyday-de.tsv.gz');
const CORPUS = join(REPO, 'dictionaries', 'frequencies-de.tsv.gz');

const require = createRequire(import.meta.url);
const { version } = require(`${PACKAGE}/package.json`);
const ranked = require(PACKAGE).dictionary.commonWords;
if (!Array.isArray(ranked) || ranked.length === 0) throw new Error(`${PACKAGE}@${version}: no commonWords list`);

const corpus = lowercaseCounts(CORPUS);
const products = ranked.flatMap((word, i) => (corpus.has(word) ? [corpus.get(word) * (i + 1)] : [])).sort((a, b) => a - b);
const scale = products[Math.floor(products.length / 2)];
const lines = ranked
  .map((word, i) => [word.normalize('NFC'), Math.max(1, Math.round(scale / (i + 1)))])
  .filter(([word]) => /^\p{Ll}+$/u.test(word));
const header = [
  `# Everyday German word frequencies estimated by scripts/build-everyday-frequencies.mjs from the rank of each word in the commonWords list of ${PACKAGE}@${version} (MIT; built by zxcvbn-ts from the German OpenSubtitles 2018 list of the FrequencyWords project, CC BY-SA 4.0)`,
  `# words=${lines.length} scale=${scale} (count = scale / rank; scale = median of count × rank over the ${products.length} words frequencies-de.tsv.gz also has, lowercased); lowercase; columns: word<TAB>estimated count`,
];
writeFileSync(OUTPUT, gzipSync(`${[...header, ...lines.map(([word, count]) => `${word}\t${count}`)].join('\n')}\n`, { level: 9 }));
console.log(`${OUTPUT}: ${lines.length} words, scale ${scale} (${products.length} shared with the corpus)`);

/** The corpus counts of frequencies-de.tsv.gz, summed over case. */
function lowercaseCounts(path) {
  const counts = new Map();
  for (const line of gunzipSync(readFileSync(path)).toString('utf8').split('\n')) {
    const [word, count] = line.split('\t');
    if (line.startsWith('#') || count === undefined) continue;
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + Number(count));
  }
  return counts;
}
