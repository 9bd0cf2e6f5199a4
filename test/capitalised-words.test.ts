import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { forEachCapitalisedWord } from '../src/names/capitalised-words.js';
import { detached } from '../src/text/chars.js';

function capitalised(text: string): string[] {
  const words: string[] = [];
  forEachCapitalisedWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
}

describe('capitalised words: an uppercase letter, then lowercase letters', () => {
  it.each([
    ['plain words', 'Herr Klose sagte: Danke.', ['Herr', 'Klose', 'Danke']],
    ['umlauts and ß', 'Ärger über Öl, Größe', ['Ärger', 'Öl', 'Größe']],
    ['letters outside the BMP (surrogate pairs)', '𝐀𝐚 und 𝐚𝐀', ['𝐀𝐚']],
    ['a lone surrogate ends a word', 'Ab\ud800cd', ['Ab']],
    ['inside quotes and brackets', '„Klose“ (Kose)', ['Klose', 'Kose']],
  ])('%s', (_, text, expected) => {
    expect(capitalised(text)).toEqual(expected);
  });

  it.each([
    ['a path', '/usr/Kose'],
    ['a dotted name', 'config.Kose und Kose.conf'],
    ['an address', 'Kose@example.org'],
    ['a word joined to digits or an underscore', '3Kose Kose_x'],
    ['no lowercase letter after the capital', 'A B C GNU'],
    ['a capital run before lowercase letters (the match would start inside the word)', 'KLose'],
  ])('none in %s', (_, text) => {
    expect(capitalised(text)).toEqual([]);
  });

  it('finds what /\\p{Lu}\\p{Ll}+/gu finds in running text', () => {
    const text = 'Die Übergabe an Frau Müller-Lüdenscheidt erfolgte am Montag; ÄRGER gab es keinen.';
    expect(capitalised(text)).toEqual(text.match(/\p{Lu}\p{Ll}+/gu));
  });
});

describe('detached: a copy of a slice', () => {
  it.each([['kurz'], ['Donaudampfschifffahrtsgesellschaft'], ['𝐀𝐚 mit Paar'], ['lone \ud800 half']])('equals %s', (text) => {
    expect(detached(text)).toBe(text);
  });

  it('keeps none of the text it was cut from alive', () => {
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = vm.runInNewContext('gc') as () => void;
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    const kept: string[] = [];
    for (let i = 0; i < 40; i++) {
      const document = `${i} ${'Seite '.repeat(200_000)} Integrationskonferenz ${i}`;
      kept.push(detached(document.slice(1_200_000, 1_200_030)));
    }
    collectGarbage();
    // 40 documents of 1.2 MB: kept alive by views, they would hold some 48 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(8_000_000);
    expect(kept).toHaveLength(40);
  });
});
