import { describe, expect, it } from 'vitest';
import { writeBigramBinary } from '../scripts/dictionaries/bigram-format.mjs';
import { Bigrams, loadBigrams } from '../src/lexicon/bigrams.js';

// A small pair file with known counts: könnte/konnte and schön/schon are covered (ambiguous), oder is not.
const small = new Bigrams(
  writeBigramBinary({
    pairs: [
      ['es\tkönnte', 40], ['es\tkonnte', 2], ['Es\tkönnte', 5], ['er\tkonnte', 30], ['er\tkönnte', 3],
      ['könnte\tsein', 25], ['ist\tschön', 20], ['schon\twieder', 30], ['Datei\toder', 9],
    ],
    words: [
      ['es', 5000], ['Es', 800], ['er', 3000], ['könnte', 1000], ['konnte', 300], ['sein', 2000], ['ist', 9000],
      ['schön', 60], ['schon', 600], ['wieder', 700], ['Datei', 4000], ['oder', 20000],
    ],
    tokens: 1_000_000,
    ambiguous: ['konnte', 'könnte', 'schon', 'schön'],
  }),
);

describe('Bigrams: counts', () => {
  it.each([
    ['es', 'könnte', false, 40],
    ['Es', 'könnte', false, 5],
    ['ES', 'KÖNNTE', true, 45], // lowercase table: es + Es
    ['es', 'Könnte', false, 0], // as written: case matters
    ['könnte', 'es', false, 0], // order matters
    ['Datei', 'oder', false, 9],
    ['nie', 'gesehen', false, 0],
  ])('bigramCount(%s, %s, folded %s) = %i', (left, right, folded, count) => {
    expect(small.bigramCount(left, right, folded)).toBe(count);
  });

  it('knows which words had all their pairs counted', () => {
    expect(['konnte', 'Könnte', 'SCHÖN'].map((word) => small.isCovered(word))).toEqual([true, true, true]);
    expect(['oder', 'öder', 'Datei'].map((word) => small.isCovered(word))).toEqual([false, false, false]);
  });
});

describe('Bigrams: contextPreference', () => {
  it.each([
    // prev, next, favoured, other
    ['es', '', 'könnte', 'konnte'],
    ['er', '', 'konnte', 'könnte'],
    ['', 'sein', 'könnte', 'konnte'],
    ['es', 'sein', 'könnte', 'konnte'],
    ['ist', '', 'schön', 'schon'],
    ['', 'wieder', 'schon', 'schön'],
  ])('%s _ %s favours %s over %s', (prev, next, favoured, other) => {
    const score = small.contextPreference(prev, next, favoured, other);
    expect(score).toBeGreaterThan(1);
    expect(small.contextPreference(prev, next, other, favoured)).toBeCloseTo(-score, 10);
  });

  it.each([
    ['no neighbours', '', '', 'könnte', 'konnte'],
    ['neighbours never seen with either reading', 'Katze', 'Hund', 'könnte', 'konnte'],
    ['a reading whose pairs were not counted', 'Datei', '', 'öder', 'oder'],
  ])('gives no evidence for %s', (_, prev, next, a, b) => {
    expect(small.contextPreference(prev, next, a, b)).toBeCloseTo(0, 1);
  });

  it('reads sentence-initial capitals through the lowercase pairs', () => {
    expect(small.contextPreference('ES', '', 'könnte', 'konnte')).toBe(small.contextPreference('ES', '', 'konnte', 'könnte'));
    expect(small.contextPreference('ES', '', 'könnte', 'konnte', { folded: true })).toBeGreaterThan(1);
  });

  it('needs more evidence with a larger pseudo-count', () => {
    const sure = small.contextPreference('es', '', 'könnte', 'konnte', { pseudoCount: 1 });
    expect(small.contextPreference('es', '', 'könnte', 'konnte', { pseudoCount: 10 })).toBeLessThan(sure);
  });
});

describe('dictionaries/bigrams-de.bin (npm run build:bigrams)', () => {
  const bigrams = loadBigrams();

  it('counts real German pairs of words with an umlaut twin', () => {
    expect(bigrams.tokens).toBeGreaterThan(1_000_000);
    expect(bigrams.bigramCount('und', 'drücken')).toBeGreaterThan(10);
    expect(bigrams.bigramCount('ich', 'könnte')).toBeGreaterThan(2);
    expect(['konnte', 'könnte', 'schon', 'schön', 'drucken', 'drücken'].every((word) => bigrams.isCovered(word))).toBe(true);
    expect(bigrams.isCovered('Haus')).toBe(false);
  });

  it.each([
    ['es', 'sein', 'könnte', 'konnte'],
    ['Taste', '', 'drücken', 'drucken'],
    ['', 'wieder', 'schon', 'schön'],
  ])('%s _ %s favours %s over %s', (prev, next, favoured, other) => {
    expect(bigrams.contextPreference(prev, next, favoured, other)).toBeGreaterThan(1);
  });
});
