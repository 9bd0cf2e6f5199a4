/**
 * The capitalised words of a text (`Klose`, `Ärger`): an uppercase letter
 * followed by lowercase letters, as `/\p{Lu}\p{Ll}+/gu` finds them, but
 * without those inside a path, an address or a dotted name (`config.Kose`,
 * `/Kose`, `Kose@example.org`). Scanned by hand with a table of letter
 * cases: the names stage reads every character of every document, and the
 * regex (or a class test per character) cost more than the rest of the stage.
 *
 * Example: forEachCapitalisedWord("Herr Klose, /Kose", visit) visits [0, 4) and [5, 10).
 */
import { CharClass } from '../text/chars.js';

const UPPER = 1;
const LOWER = 2;
const NEITHER = 3;
/** The case of each BMP character (0: not looked at yet), so the scan costs one table read per character. */
const BMP_CASE = new Uint8Array(0x10000);
/** Letters, marks and digits: a table read per character, not a regex test (which cost milliseconds on a cold start). */
const WORD_CHARACTER = new CharClass('[\\p{L}\\p{M}\\p{N}]');
/** The same class as a regex, for the rare low surrogate (which reads the unit before it too). */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]/u;

/** Calls `visit` with the start and end of each capitalised word, in text order. */
export function forEachCapitalisedWord(text: string, visit: (start: number, end: number) => void): void {
  for (let start = 0; start < text.length; ) {
    const code = text.charCodeAt(start);
    // Most characters start no capitalised word: one table read decides, outside surrogates.
    if (code < 0xd800 || code > 0xdfff ? caseOfUnit(code) !== UPPER : caseAt(text, start) !== UPPER) {
      start += code < 0xd800 || code > 0xdbff ? 1 : codePointWidth(text, start);
      continue;
    }
    const next = start + codePointWidth(text, start);
    const end = lowercaseEnd(text, next);
    if (end === next) {
      start = next; // no capitalised word starts here
      continue;
    }
    if (!isInsideCode(text, start, end)) visit(start, end);
    start = end;
  }
}

/** The end of the run of lowercase letters from `from`. */
function lowercaseEnd(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0xd800 || code > 0xdfff) {
      if (caseOfUnit(code) !== LOWER) break;
      end++;
    } else if (caseAt(text, end) === LOWER) end += codePointWidth(text, end);
    else break;
  }
  return end;
}

/** The case of a BMP character outside the surrogates, from the table (filled on first sight). */
function caseOfUnit(code: number): number {
  const known = BMP_CASE[code]!;
  return known !== 0 ? known : (BMP_CASE[code] = caseOf(String.fromCharCode(code)));
}

/** UPPER, LOWER or NEITHER for the character at `index`; a lone surrogate is neither, as in a `u` regex. */
function caseAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdfff) return codePointWidth(text, index) === 2 ? caseOf(text.slice(index, index + 2)) : NEITHER;
  return caseOfUnit(code);
}

function caseOf(char: string): number {
  return /^\p{Lu}$/u.test(char) ? UPPER : /^\p{Ll}$/u.test(char) ? LOWER : NEITHER;
}

/** UTF-16 length of the code point at `index`: 2 for a surrogate pair, else 1 (as a `u` regex steps). */
function codePointWidth(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The word at [start, end) is part of a path, an address or a dotted name. */
function isInsideCode(text: string, start: number, end: number): boolean {
  if (start > 0 && continuesWord(text, start - 1, '_/\\@.')) return true;
  if (end < text.length && continuesWord(text, end, '_/\\@')) return true;
  return text[end] === '.' && end + 1 < text.length && continuesWord(text, end + 1, '');
}

/** The character at `index` is a letter, mark or digit (of any script), or one of `extra`. */
function continuesWord(text: string, index: number, extra: string): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || extra.includes(text[index]!);
  return WORD_CHARACTER.lengthAt(text, index) > 0 || (code >= 0xdc00 && code <= 0xdfff && WORD_CHAR.test(text.slice(index - 1, index + 1)));
}
