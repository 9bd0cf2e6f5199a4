import { describe, expect, it } from 'vitest';
import { WordMemo } from '../src/text/word-memo.js';

/** A memo that counts how often it had to answer. */
function counting(limit = 1000): { memo: WordMemo<string>; asked: string[] } {
  const asked: string[] = [];
  const memo = new WordMemo(limit, (word) => {
    asked.push(word);
    return word.toUpperCase();
  });
  return { memo, asked };
}

describe('WordMemo', () => {
  it.each([
    ['a word', 'Haus', 'HAUS'],
    ['a word with umlauts', 'Größe', 'GRÖSSE'],
    ['a word outside the BMP', 'a𝔘b', 'A𝔘B'],
    ['the empty word', '', ''],
  ])('answers %s once, however often asked', (_, word, answer) => {
    const { memo, asked } = counting();
    expect(memo.get(word)).toBe(answer);
    expect(memo.get(word)).toBe(answer);
    expect(asked).toEqual([word]);
  });

  it.each([
    ['the whole text', 'Haus', 0, 4],
    ['a word inside a text', 'ein Haus am See', 4, 8],
    ['a word at the end', 'am See', 3, 6],
  ])('finds a word where it stands: %s', (_, text, start, end) => {
    const { memo, asked } = counting();
    const word = text.slice(start, end);
    expect(memo.getAt(text, start, end)).toBe(word.toUpperCase());
    expect(memo.get(word)).toBe(word.toUpperCase());
    expect(asked).toEqual([word]);
  });

  it('tells apart words that differ in one letter or in length', () => {
    const { memo } = counting();
    for (const word of ['Haus', 'Hans', 'Hau', 'Hause', 'haus']) expect(memo.get(word)).toBe(word.toUpperCase());
    expect(memo.getAt('Hansa', 0, 4)).toBe('HANS');
  });

  it('keeps every word while it grows', () => {
    const { memo, asked } = counting(5000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    for (const word of words) memo.get(word);
    for (const word of words) memo.get(word);
    expect(asked).toHaveLength(5000);
  });

  it('when full, keeps the words asked for again and forgets those asked once', () => {
    const { memo, asked } = counting(100);
    const once = Array.from({ length: 90 }, (_, i) => `once${i}`);
    const again = Array.from({ length: 10 }, (_, i) => `again${i}`);
    for (const word of [...again, ...once, ...again]) memo.get(word);
    memo.get('one more');
    asked.length = 0;
    for (const word of [...again, ...once.slice(0, 3)]) memo.get(word);
    expect(asked).toEqual(once.slice(0, 3));
  });

  it('keeps at most half its room, so a full memo is not full again at once', () => {
    const { memo, asked } = counting(100);
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    for (const word of [...words, ...words]) memo.get(word);
    memo.get('one more');
    asked.length = 0;
    for (const word of words) memo.get(word);
    expect(asked).toHaveLength(50);
  });

  it('asks the answer about the word alone, not the text around it', () => {
    const seen: string[] = [];
    const memo = new WordMemo(10, (word) => seen.push(word));
    memo.getAt('Zeile mit einem Wort, das lang ist', 16, 20);
    expect(seen).toEqual(['Wort']);
  });
});
