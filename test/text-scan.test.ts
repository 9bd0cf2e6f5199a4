import { describe, expect, it } from 'vitest';
import { codePointLength, LETTER, LETTER_OR_NUMBER } from '../src/text/chars.js';
import { lineEndHyphen } from '../src/text/hyphen-break.js';
import { matchesAt, offsetsOf } from '../src/text/scan.js';
import { lastAtOrBefore } from '../src/text/sorted.js';

/** An astral letter (𝐀, a surrogate pair) and an astral digit (𝟏). */
const ASTRAL_LETTER = '\u{1d400}';
const ASTRAL_DIGIT = '\u{1d7cf}';

describe('codePointLength counts like [...text].length', () => {
  it.each([
    ['', 0],
    ['Größe', 5],
    [`a${ASTRAL_LETTER}b`, 3],
    ['\ud800', 1],
    ['\udc00\ud800', 2],
    [`x\ud800${ASTRAL_DIGIT}`, 3],
  ])('%j → %i', (text, length) => {
    expect(codePointLength(text)).toBe(length);
    expect(codePointLength(text)).toBe([...text].length);
  });
});

describe('CharClass tests one character, a surrogate pair as one', () => {
  it.each([
    ['ä', 0, 1],
    ['1', 0, 0],
    [' ', 0, 0],
    [ASTRAL_LETTER, 0, 2],
    [ASTRAL_LETTER, 1, 0],
    ['\ud835', 0, 0],
    ['', 0, 0],
  ])('LETTER.lengthAt(%j, %i) → %i', (text, index, length) => {
    expect(LETTER.lengthAt(text, index)).toBe(length);
  });

  it.each([
    ['a1', 2, 1],
    [`x${ASTRAL_DIGIT}`, 3, 2],
    ['a-', 2, 0],
    ['a', 0, 0],
  ])('LETTER_OR_NUMBER.lengthBefore(%j, %i) → %i', (text, index, length) => {
    expect(LETTER_OR_NUMBER.lengthBefore(text, index)).toBe(length);
  });

  it.each([
    ['die Integrations', 16, 12],
    [`ab${ASTRAL_LETTER}`, 4, 4],
    ['Wort ', 5, 0],
    ['', 0, 0],
  ])('LETTER.runLengthBefore(%j, %i) → %i', (text, index, length) => {
    expect(LETTER.runLengthBefore(text, index)).toBe(length);
  });
});

describe('matchesAt finds what matchAll finds, trying the pattern only at candidates', () => {
  const GLOBAL = /(?<=\p{L})'(?=\p{L}|\s|$)/gmu;
  const STICKY = new RegExp(GLOBAL.source, 'ymu');
  it.each(["gibt's", "'Tag' sagte er's", "a''b", `${ASTRAL_LETTER}'s`, 'nichts', "'"])('%j', (text) => {
    const expected = Array.from(text.matchAll(GLOBAL), (match) => [match.index, match[0]]);
    const found = matchesAt(text, STICKY, offsetsOf(text, /'/g)).map((match) => [match.index, match[0]]);
    expect(found).toEqual(expected);
  });

  it('refuses a pattern that is not sticky', () => {
    expect(() => matchesAt('a', /a/g, [0])).toThrow(/sticky/);
  });
});

describe('lineEndHyphen finds what /([\\p{L}\\p{N}]*)([-\\u2010\\u00ad¬⸗=])[ \\t]*$/u finds', () => {
  const PATTERN = /([\p{L}\p{N}]*)([-\u2010\u00ad¬⸗=])[ \t]*$/u;
  it.each([
    'die Integrations-',
    'die Integrations- \t',
    'und -',
    'Nachrichtenkör\u00ad',
    'Handbuch\u2010',
    '1990-',
    'a--',
    `x${ASTRAL_LETTER}b-`,
    'Wort-\u00a0',
    'kein Bindestrich',
    '-',
    '',
    'Grafik=  ',
  ])('%j', (line) => {
    const match = PATTERN.exec(line);
    const expected = match && { index: match.index, head: match[1], mark: match[2] };
    expect(lineEndHyphen(line)).toEqual(expected);
  });
});

describe('lastAtOrBefore: the last number of an ascending list at or before a value', () => {
  it.each([
    [[0, 10, 20], 15, 1],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 25, 2],
    [[5, 10], 3, -1],
    [[], 3, -1],
  ] as [number[], number, number][])('%j, %i → %i', (sorted, value, expected) => {
    expect(lastAtOrBefore(sorted, value)).toBe(expected);
  });
});
