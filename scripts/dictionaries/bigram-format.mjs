/**
 * The compiled word-pair file dictionaries/bigrams-de.bin, written by build-bigrams.mjs and read by
 * src/lexicon/bigrams.ts (keep MAGIC and FORMAT_VERSION in step with it). A container
 * (container.mjs) whose header holds `tokens` (words counted) and whose sections are four sorted string
 * tables (blob, offsets, counts each): `pairs` (`left<TAB>right` as written), `lowerPairs` (the same
 * pairs lowercased, counts summed), `words` and `lowerWords` (the words of the pairs and their counts),
 * and `ambiguous` (the lowercase words whose pairs were all counted, count 1): a pair of another word
 * is missing because it was never looked at, not because it is rare.
 */
import { containerBytes, sortedStringTable } from './container.mjs';

export const MAGIC = 'CLBG';
export const FORMAT_VERSION = 1;

/** `pairs`, `words`: [string, count][]; `tokens`: how many words the counted text has; `ambiguous`: string[]. */
export function writeBigramBinary({ pairs, words, tokens, ambiguous }) {
  const tables = {
    pairs: new Map(pairs),
    lowerPairs: summedByLowercase(pairs),
    words: new Map(words),
    lowerWords: summedByLowercase(words),
    ambiguous: new Map(ambiguous.map((word) => [word, 1])),
  };
  const sections = {};
  const meta = { tokens };
  for (const [name, counts] of Object.entries(tables)) {
    const table = sortedStringTable(counts);
    meta[name] = table.words;
    Object.assign(sections, { [`${name}Blob`]: table.blob, [`${name}Offsets`]: table.offsets, [`${name}Counts`]: table.counts });
  }
  return containerBytes(MAGIC, FORMAT_VERSION, meta, sections);
}

function summedByLowercase(entries) {
  const sums = new Map();
  for (const [text, count] of entries) {
    const lower = text.toLowerCase();
    sums.set(lower, (sums.get(lower) ?? 0) + count);
  }
  return sums;
}
