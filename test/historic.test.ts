/** --historic: old spellings are words (their modern reading is), and are kept as written. */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { modernReadings, withHistoricSpellings } from '../src/lexicon/historic-lexicon.js';
import { loadLexicon } from '../src/lexicon/load.js';

const historic = withHistoricSpellings(loadLexicon());

describe('historic spellings', () => {
  it.each(['Thür', 'Theil', 'daß', 'muß', 'frey', 'seyn', 'Kenntniß', 'probiren', 'Noth', 'Classe'])('%s is a word in historic text', (word) => {
    expect(historic.isWord(word)).toBe(true);
  });

  it.each(['Thur', 'konnen', 'Strasze'])('%s is still not a word', (word) => {
    expect(historic.isWord(word)).toBe(false);
  });

  it.each([
    ['Theil', ['Teil']],
    ['daß', ['dass']],
    ['Kenntniß', ['Kenntnis', 'Kenntniss']],
    ['Haus', []],
  ])('modern readings of %s', (word, readings) => {
    expect(modernReadings(word).sort()).toEqual([...readings].sort());
  });

  it('keeps the old spellings and repairs the OCR damage', () => {
    const text = 'Es ist gewiß, daß der Konig vor der Thür stand und seinen Theil forderte.\n';
    expect(clean(text, { historic: true }).text).toBe('Es ist gewiß, daß der König vor der Thür stand und seinen Theil forderte.\n');
  });
});
