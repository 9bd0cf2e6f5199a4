import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The committed result of `npm run build:frequencies`: these checks guard its format and plausibility.
const lines = gunzipSync(readFileSync(new URL('../dictionaries/frequencies-de.tsv.gz', import.meta.url)))
  .toString('utf8').trimEnd().split('\n');
const header = lines.filter((line) => line.startsWith('#')).join('\n');
const entries = lines.filter((line) => !line.startsWith('#')).map((line) => line.split('\t'));
const counts = new Map(entries.map(([word, count]) => [word, Number(count)]));
const countOf = (word: string): number => counts.get(word) ?? 0;

describe('dictionaries/frequencies-de.tsv.gz', () => {
  it('is word<TAB>count, most frequent first, every count at least 3', () => {
    expect(entries.length).toBeGreaterThan(10_000);
    for (const entry of entries) {
      expect(entry).toHaveLength(2);
      expect(entry[1]).toMatch(/^\d+$/);
    }
    const values = entries.map(([, count]) => Number(count));
    expect(values.every((count, index) => count >= 3 && (index === 0 || count <= values[index - 1]!))).toBe(true);
  });

  it('holds words only: Latin letters, with hyphens between parts', () => {
    const latinWord = /^\p{sc=Latin}[\p{sc=Latin}\p{M}]*(?:-\p{sc=Latin}[\p{sc=Latin}\p{M}]*)*$/u;
    const notWords = entries.map(([word]) => word!).filter((word) => !latinWord.test(word));
    expect(notWords).toEqual([]);
  });

  it('names its sources and none of the evaluation packages', () => {
    expect(header).toMatch(/manpages-de \S+/);
    expect(header).toMatch(/tokens=\d+/);
    for (const forbidden of ['debian-reference-de', 'fortunes-de', 'debian-paketmanagement-buch']) {
      expect(header).not.toContain(forbidden);
    }
  });

  it.each([
    ['für', 'fur'], ['über', 'uber'], ['können', 'konnen'], ['müssen', 'mussen'], ['führen', 'fuhren'],
    ['Höhle', 'Hohle'], ['Änderungen', 'Anderungen'], ['größer', 'grosser'], ['Schlüssel', 'Schlussel'],
  ])('the umlaut spelling %s is far more frequent than %s', (umlaut, plain) => {
    expect(countOf(umlaut)).toBeGreaterThan(10 * Math.max(countOf(plain), 1));
  });

  it.each([
    ['schon', 'schön'], ['wurde', 'würde'], ['konnte', 'könnte'], ['dass', 'daß'],
  ])('knows both real words %s and %s', (first, second) => {
    expect(countOf(first)).toBeGreaterThan(10);
    expect(countOf(second)).toBeGreaterThan(10);
  });

  it.each([
    ['die', 'Die'], ['würde', 'Würde'], ['über', 'Über'],
  ])('keeps case apart: %s and %s are separate entries', (lower, upper) => {
    expect(countOf(lower)).toBeGreaterThan(0);
    expect(countOf(upper)).toBeGreaterThan(0);
    expect(countOf(lower)).not.toBe(countOf(upper));
  });
});
