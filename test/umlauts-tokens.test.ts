import { describe, expect, it } from 'vitest';
import { brokenWordOf, compoundTail, contextOf, followsHyphen, forEachWord, isCapitalsLine, isDoubledWord, isHyphenBrokenPart } from '../src/correction/tokens.js';
import { garbleLattice, isForeignToGerman } from '../src/correction/garble-lattice.js';

const wordsOf = (text: string) => {
  const words: string[] = [];
  forEachWord(text, (start, end) => words.push(text.slice(start, end)));
  return words;
};

describe('tokens: words with the glyphs OCR writes for umlauts', () => {
  it.each([
    ['begruf3t und grof&en', ['begruf3t', 'und', 'grof&en']],
    ['das Ma8 und 6ffnet', ['das', 'Ma8', 'und', '6ffnet']],
    ['Gewi} ist, er sa}.', ['Gewi}', 'ist', 'er', 'sa}']], // a } after a letter: ß
    ['im Jahr 1990er, mp3', ['im', 'Jahr', 'er', 'mp3']],
    ['„Uber“ (Naheres)', ['Uber', 'Naheres']],
    ['Cafe\u0301 x2 §§ 12 &&', ['Cafe\u0301', 'x2']], // combining marks stay in the word; lone glyphs are no word
    ['a3b 7ab 7aB', ['a3b', '7ab', 'aB']],
    ['𝐀𝐁 und', ['𝐀𝐁', 'und']], // letters outside the BMP
    [`ein ${'x'.repeat(129)} und ${'y'.repeat(128)}`, ['ein', 'und', 'y'.repeat(128)]], // longer than any word: a blob, not a word
  ])('%s', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  it('a compound tail longer than any word is none', () => {
    expect(compoundTail(`Haus-${'x'.repeat(129)}`, 4)).toBe('');
  });
});

describe('tokens: context', () => {
  it.each([
    ['Fur uns.', 0, true],
    ['Ende. Fur uns', 6, true],
    ['Ende.\n„Fur uns', 7, true],
    ['und Fur uns', 4, false],
    ['und\nFur uns', 4, false],
    ['und\n\nFur uns', 5, true],
    ['siehe (Uber uns)', 7, true],
    ['Liste:\n•   Fur uns', 11, true], // a list item begins like a sentence
    ['WARNUNGEN\n       Fur uns', 17, true], // after a heading in capitals
    ['Das GNU-Projekt\nFur uns', 16, false], // a line with capitals in it is no heading
  ])('%j at %i starts a sentence: %s', (text, start, expected) => {
    expect(contextOf(text, start, start + 3).sentenceStart).toBe(expected);
  });

  it.each([
    ['siehe http://example.org/fur dort', 'fur', true],
    ['an fur@example.org schreiben', 'fur', true],
    ['in /usr/share/fur liegt', 'fur', true],
    ['die Variable fur_x', 'fur', true],
    ['Datei fur.txt', 'fur', true],
    ['Helfer/Ubersetzer sind da', 'Ubersetzer', false],
    ['das ist fur uns', 'fur', false],
    ['Vater sa} da', 'sa}', false], // a } right after a letter that no { opened: ß
    ['setze ${fur} ein', 'fur', true],
    ['dann }fur', 'fur', true],
  ])('%j: %s is code: %s', (text, word, expected) => {
    const start = text.indexOf(word);
    expect(contextOf(text, start, start + word.length).inCode).toBe(expected);
  });

  it('knows a heading in capitals', () => {
    expect(isCapitalsLine('UBER DAS HAUS\nText', 0, 13)).toBe(true);
    expect(isCapitalsLine('Das GNU-Projekt', 0, 15)).toBe(false);
  });

  it('finds the tail of a hyphenated compound', () => {
    expect(compoundTail('Ausfiihrungs-Bits sind', 12)).toBe('Bits');
    expect(compoundTail('Ausfiihrungs- und', 12)).toBe('');
    expect(compoundTail('Ende', 4)).toBe('');
  });
});

describe('tokens: parts of words at a hyphen', () => {
  /** The word marked with [] in the text: its start and end without the marks. */
  const at = (marked: string) => {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    return [marked.replace(/[[\]]/g, ''), start, end] as const;
  };

  it.each([
    ['Arbeits[spei]-\ncher', true, false], // before a line-end hyphen
    ['Arbeitsspei-\n[cher] ist', true, true], // after it
    ['Standardaus‐\n       [gabegerät]', true, true], // Unicode hyphen, indented line
    ['die Pin-[Prioritt] ist', false, true], // the tail of a compound in one line: a word of its own
    ['ein [Wort] hier', false, false],
  ])('%s: broken part %s, after a hyphen %s', (marked, brokenPart, afterHyphen) => {
    const [text, start, end] = at(marked);
    expect(isHyphenBrokenPart(text, start, end)).toBe(brokenPart);
    expect(followsHyphen(text, start)).toBe(afterHyphen);
  });

  it.each([
    ['Standardein‐\n\t      [gabe] gelesen', 'Standardeingabe'], // the tail, after an indented line break
    ['die [Standardein]‐\n\t      gabe gelesen', 'Standardeingabe'], // the head
    ['Hard‐\n[ware]-headercache', 'Hardware'],
    ['die 𝐀𝐁-\n[cd] mehr', '𝐀𝐁cd'], // letters outside the BMP in the head
    ['die Pin-[Prioritt] ist', undefined], // no line break: no broken word
    ['Ende [Wort]-\n42', undefined], // the other half has no letters
  ])('%s: the broken word is %s', (marked, whole) => {
    const [text, start, end] = at(marked);
    expect(brokenWordOf(text, start, end)).toBe(whole);
  });
});

describe('tokens: a word doubled with a hyphen is a sound word', () => {
  it.each([
    ['„Gluck-Gluck gut?“', 1, true],
    ['„Gluck-Gluck gut?“', 7, true], // the second half
    ['Tick-tick', 0, true], // the case of the halves does not matter
    ['Gluck-Glucke', 0, false], // not the same word
    ['Haus-Gluck-Gluck', 5, true],
    ['Gluck-Gluckern', 0, false], // the neighbour must be a whole word
  ])('%j at %i: %s', (text, start, doubled) => {
    const end = start + /^\p{L}+/u.exec(text.slice(start))![0].length;
    expect(isDoubledWord(text, start, end)).toBe(doubled);
  });
});

describe('garbled spans', () => {
  it.each([
    ['Flinfte', 1, 'li', 'ü'],
    ['kdnnen', 1, 'd', 'ö'],
    ['grof&en', 3, 'f&', 'ss'],
    ['MalJs', 2, 'lJs', 'ss'],
    ['Auerdem', 2, '', 'ss'],
  ])('%s at %i: %j may be a garbled %s', (token, start, span, folded) => {
    const readings = garbleLattice(token, '').readingsAt[start] ?? [];
    expect(readings.some((r) => r.length === span.length && r.key === folded)).toBe(true);
  });

  it.each([
    ['Haus', 2, 'ü'], // a plain u is the token's own letter (dots lost), not a garble
    ['mit', 0, 'ü'],
  ])('%s: no garbled reading %s at %i', (token, start, key) => {
    expect((garbleLattice(token, '').readingsAt[start] ?? []).some((r) => r.key === key)).toBe(false);
  });

  it.each([
    ['inside a word first', ['fIir', 'Iir']],
    ['at the start first', ['Iir', 'fIir']],
  ])('reads a span by where it stands, whichever place met it first (%s)', (_, tokens) => {
    const readings = new Map(tokens.map((token) => [token, garbleLattice(token, '').readingsAt[token.indexOf('I')]]));
    // A capital inside a word is a glyph German never writes there (cheaper as a garble); at the start it is a capital.
    expect(readings.get('fIir')).toEqual([{ length: 1, key: 'ü', cost: 1 }, { length: 2, key: 'ü', cost: 1 }]);
    expect(readings.get('Iir')).toEqual([{ length: 1, key: 'ü', cost: 2 }, { length: 2, key: 'ü', cost: 2 }]);
  });

  it.each([
    ['ii', 3, true], ['B', 8, true], ['6', 2, true], ['é', 1, true], ['U', 0, false], ['li', 2, false], ['f', 3, false],
  ])('%s at %i is foreign to German spelling: %s', (span, start, expected) => {
    expect(isForeignToGerman(span, start)).toBe(expected);
  });
});
