import { describe, expect, it } from 'vitest';
import { isOcrSlip, NearNames, oneEdit } from '../src/names/one-edit.js';
import { namesStage } from '../src/stages/names.js';
import { runStages } from './helpers/run-stages.js';

/** Klose five times, as in the user's press release. */
const KLOSE = 'Klose sprach. Klose dankte. Dann Klose. Auch Klose. Und Klose.';
const WORDS = ['sprach', 'dankte', 'dann', 'auch', 'und', 'Rose', 'Hose', 'sagte', 'Gesagt'];

function names(text: string, userWords: string[] = []) {
  return runStages(text, [namesStage], WORDS, { userWords });
}

describe('names: a lone misreading of the document’s name', () => {
  it.each([
    ['a dropped thin letter', `${KLOSE} Kose sagte.`, 'Klose sagte.'],
    ['an added thin letter', `${KLOSE} Kliose sagte.`, 'Klose sagte.'],
    ['a look-alike letter', `${KLOSE} Klosc sagte.`, 'Klose sagte.'],
  ])('%s is repaired', (_, input, tail) => {
    const result = names(input);
    expect(result.text.endsWith(tail)).toBe(true);
    expect(result.changes).toMatchObject([{ stage: 'names', rule: 'document-name', applied: true, confidence: 0.9 }]);
  });

  it('a damaged form of a user name is repaired without the name in the text', () => {
    expect(names('Herr Kose sagte.', ['Klose']).changes).toMatchObject([{ before: 'Kose', after: 'Klose', applied: true }]);
  });

  it('a slip OCR rarely makes is only suggested (Maier / Meier)', () => {
    const result = names('Meier kam. Meier ging. Meier blieb. Dann Maier.');
    expect(result.text).toContain('Maier');
    expect(result.changes).toMatchObject([{ before: 'Maier', after: 'Meier', applied: false }]);
  });

  it('two names that fit equally are only suggested', () => {
    const result = names(`${KLOSE} Klase kam. Klase ging. Klase blieb. Auch Klase. Klese kam.`);
    expect(result.changes).toMatchObject([{ before: 'Klese', applied: false }]);
  });
});

describe('names: unchanged', () => {
  it.each([
    ['a real word one letter from the name', `${KLOSE} Rose sagte.`],
    ['a real word one letter from the name (Hose)', `${KLOSE} Hose.`],
    ['names that occur once each', 'Kose kam. Klose ging. Krose blieb.'],
    ['a name twice is not yet the document’s spelling', 'Klose kam. Klose ging. Kose blieb.'],
    ['an inflected name (genitive)', `${KLOSE} Kloses Rede.`],
    ['a short name', 'Ott kam. Ott ging. Ott blieb. Ot sagte.'],
    ['two frequent spellings are two names', 'Meier. Meier. Meier. Meier. Meier. Meier. Meier. Meier. Meier. Meiler. Meiler. Meiler.'],
    ['a name in a path or address', `${KLOSE} /home/Kose und kose@Kose.de.`],
  ])('%s', (_, input) => {
    expect(names(input).changes).toEqual([]);
  });
});

describe('one edit apart', () => {
  it.each([
    ['Kose', 'Klose', { from: '', to: 'l', at: 1 }],
    ['Klose', 'Kose', { from: 'l', to: '', at: 1 }],
    ['Klosc', 'Klose', { from: 'c', to: 'e', at: 4 }],
    ['Klose', 'Klose', undefined],
    ['Kose', 'Kloser', undefined],
    ['Meier', 'Maler', undefined],
  ])('%s / %s', (a, b, expected) => {
    expect(oneEdit(a, b)).toEqual(expected);
  });

  it.each([
    [{ from: '', to: 'l', at: 1 }, true],
    [{ from: 'c', to: 'e', at: 4 }, true],
    [{ from: 'a', to: 'e', at: 1 }, false],
    [{ from: '', to: 'm', at: 1 }, false],
  ])('%o is an OCR slip: %s', (edit, expected) => {
    expect(isOcrSlip(edit)).toBe(expected);
  });
});

describe('the names one edit from a word', () => {
  const near = new NearNames(['Klose', 'Rlose', 'Kloser', 'Klase', 'Kloes', 'Haus', 'Klo', 'A']);
  it.each([
    ['Kose', ['Klose']],
    ['Klosc', ['Klose']],
    // An edit at the first letter: found by the last.
    ['Blose', ['Klose', 'Rlose']],
    ['lose', ['Klose', 'Rlose']],
    ['Klese', ['Klose', 'Klase']],
    // Two edits apart (a swap) or the same spelling: not near.
    ['Klsoe', []],
    ['Haus', []],
    ['Kl', ['Klo']],
    ['B', ['A']],
    ['', ['A']],
  ])('%s → %o (in the order the names were given)', (word, expected) => {
    expect(near.near(word)).toEqual(expected);
  });
});

describe('names: the dots a name lost, shown where OCR garbled them', () => {
  it.each([
    ['a name read plain and once with é for its ä (aé)', 'Konrad Bauerle kam. Bauerle sagte. Baéuerle lachte.', 'Konrad Bäuerle kam. Bäuerle sagte. Bäuerle lachte.'],
    ['é for ö', 'Herr Kroger kam. Herr Kréger ging.', 'Herr Kröger kam. Herr Kröger ging.'],
    ['ii for ü', 'Herr Muller kam. Herr Miiller ging.', 'Herr Müller kam. Herr Müller ging.'],
  ])('%s', (_, input, expected) => {
    const result = names(input);
    expect(result.text).toBe(expected);
    expect(result.changes[0]).toMatchObject({ rule: 'document-name-dots', confidence: 0.7, applied: true });
  });

  it.each([
    ['a form of the dictionary, though a garble reads as it with dots', 'Die Rose blüht. Die Rése welkt.'],
    ['a garble that reads as two of the plain names (Kröger, Kräger)', 'Herr Kroger kam. Herr Krager ging. Herr Kréger blieb.'],
    ['the letters of other alphabets’ names', 'Hangul und Hangŭl; Kuna und Kiini; Malaiisch und Malaiiisch.'],
    ['a garble with no plain spelling beside it', 'Herr Kréger kam.'],
  ])('leaves %s', (_, input) => {
    expect(names(input).text).toBe(input);
  });
});
