/**
 * Words of a text, as the umlaut repair sees them: letters plus the glyphs
 * OCR writes for a garbled umlaut or ß inside a word (begruf3t, grof&en,
 * Ma8, hei@t). The context of a word is computed only for the few words that have
 * a candidate, so the common case (a correct word) costs a few table look-ups.
 */
import { isHyphenMark } from '../text/hyphen-break.js';
import { MAX_WORD_LENGTH } from '../text/chars.js';

/** Glyphs OCR writes for a garbled umlaut or ß: digits, &, ®, $, §, @ (hei@t), } (Gewi}). */
function isGarbleGlyph(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || unit === 0x26 || unit === 0xae || unit === 0x24 || unit === 0xa7 || unit === 0x40 || unit === 0x7d;
}

const LETTER = 1;
const MARK = 2;
const LOWERCASE = 4;
const NUMBER = 8;
const UPPERCASE = 16;
const UNCLASSIFIED = 0xff;
/**
 * Character classes of the Basic Multilingual Plane, each computed on first
 * sight: quotation marks and dashes sit between most words, and five regex
 * tests per sight would cost more than the scan. Surrogates are asked of the
 * regex engine each time (a pair is one character outside this table).
 */
const BMP_CLASSES = new Uint8Array(0x10000).fill(UNCLASSIFIED);

function classify(char: string): number {
  return (
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{M}/u.test(char) ? MARK : 0) |
    (/\p{Ll}/u.test(char) ? LOWERCASE : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\p{Lu}/u.test(char) ? UPPERCASE : 0)
  );
}

/** The classes of the code point at `i` (0 past the end; a lone surrogate has none). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (!isSurrogate(unit)) return classOfBmpUnit(unit);
  if (Number.isNaN(unit)) return 0;
  return classify(String.fromCodePoint(text.codePointAt(i)!));
}

/** False for NaN too, which charCodeAt returns past the end. */
function isSurrogate(unit: number): boolean {
  return !(unit < 0xd800 || unit > 0xdfff);
}

/** The classes of a code unit that is no surrogate. */
function classOfBmpUnit(unit: number): number {
  const classes = BMP_CLASSES[unit]!;
  return classes === UNCLASSIFIED ? (BMP_CLASSES[unit] = classify(String.fromCharCode(unit))) : classes;
}

/** The classes of the code point that ends right before `i`. */
function classBefore(text: string, i: number): number {
  return i === 0 ? 0 : classAt(text, i - widthBefore(text, i));
}

/** UTF-16 length of the code point at `i`. */
function widthAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit < 0xdc00 ? 2 : 1;
}

/** UTF-16 length of the code point that ends right before `i` (> 0). */
function widthBefore(text: string, i: number): number {
  const unit = text.charCodeAt(i - 1);
  return unit >= 0xdc00 && unit < 0xe000 && i > 1 ? 2 : 1;
}

/**
 * Whether a word starts at `i`: a letter, or a garble glyph before two
 * lowercase letters that follows no letter or digit (6ffnet, not 2000).
 */
function startsWord(text: string, i: number): boolean {
  if (classAt(text, i) & LETTER) return true;
  if (!isGarbleGlyph(text.charCodeAt(i))) return false;
  return (classBefore(text, i) & (LETTER | NUMBER)) === 0 && (classAt(text, i + 1) & LOWERCASE) !== 0 && (classAt(text, i + 2) & LOWERCASE) !== 0;
}

/**
 * The end of the word starting at `i`: letters and marks, garble glyphs
 * followed by more of them (begruf3t, grof&en), and at most one trailing
 * garble glyph (Ma8).
 */
function wordEnd(text: string, i: number): number {
  let end = i + widthAt(text, i);
  // The common case, a letter of the Basic Multilingual Plane, is read from the table without another call.
  while (end < text.length) {
    const unit = text.charCodeAt(end);
    if (isSurrogate(unit)) {
      if ((classAt(text, end) & (LETTER | MARK)) === 0) break;
      end += widthAt(text, end);
    } else if (classOfBmpUnit(unit) & (LETTER | MARK)) end++;
    else if (isGarbleGlyph(unit) && (classAt(text, end + 1) & LETTER || isGarbleGlyph(text.charCodeAt(end + 1)))) end++;
    else break;
  }
  return isGarbleGlyph(text.charCodeAt(end)) ? end + 1 : end;
}

/**
 * Calls `visit` with the start and end of every word of the text, as the
 * umlaut repair sees words: letters plus the glyphs OCR writes for a garbled
 * umlaut or ß inside a word; none longer than MAX_WORD_LENGTH. A
 * hand-written scanner: no match objects, no substrings.
 * Example: forEachWord('begruf3t 6ffnet', …) visits [0, 8), [9, 15).
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    // Between words, a character of the Basic Multilingual Plane that is no letter and no garble glyph is passed over at once.
    const starts = isSurrogate(unit) ? startsWord(text, i) : (classOfBmpUnit(unit) & LETTER) !== 0 || (isGarbleGlyph(unit) && startsWord(text, i));
    if (starts) {
      const end = wordEnd(text, i);
      if (end - i <= MAX_WORD_LENGTH) visit(i, end);
      i = end;
    } else i += widthAt(text, i);
  }
}

/**
 * Characters that never occur in prose words but do in URLs, paths,
 * addresses and code. A single slash between words is prose (und/oder);
 * the tests that look at letters next to a dot or slash are in
 * hasCodeLetterPattern. An @ makes an address only with a dot after it
 * (fur@example.org): alone it is what OCR made of a ß (hei@t); so is a }
 * right after a letter, where no { opened it (Gewi}, sa}). ASCII only: a
 * regex with letter classes costs milliseconds to compile, which a single
 * short page cannot win back.
 */
const CODE_CHARACTER = /[\\_=<>{#~|`^*+[\]]|@\S*\.[A-Za-z]|:\/\/|^\/|\/.*\/|\/$/;
/** A } that follows no letter: tested only in a chunk that has one (an alternative of CODE_CHARACTER would be tried at every character). */
const CODE_BRACE = /(?:^|[^A-Za-zß-ÿ])\}/;
/** A character every code chunk has: most chunks have none, and this test is far cheaper. */
const CODE_HINT = /[\\_=<>{}@#~|`^*+[\]:/.]/;
const SENTENCE_END = '.!?';
/** The mark of a numbered clause or list item, which a sentence follows: (2), 3), a), (iv) — not a bracket that closes words (siehe oben) or a year (1980). */
const CLAUSE_MARK = /(?:^|[\s.;:])\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})\)$/;
/** The marks of a list item, which begins like a sentence (•   Rein virtuelle Pakete …). */
const BULLETS = '•◦▪‣●■*';
/** Opening quotes, brackets and dashes that may stand between a sentence end and the next word. */
const OPENERS = '"\'„“”‚‘’«»›‹([–—-';

export interface WordContext {
  /** First word of a sentence or paragraph: a capital says nothing there. */
  sentenceStart: boolean;
  /** Part of a URL, e-mail address, path or code: never a word to repair. */
  inCode: boolean;
}

/** Example: contextOf('Ende. Fur', 6, 9) → sentenceStart true, inCode false. */
export function contextOf(text: string, start: number, end: number): WordContext {
  return { sentenceStart: startsSentence(text, start), inCode: isInCode(text, start, end) };
}

/**
 * Looks back over spaces and openers: a sentence end, a blank line, a
 * heading set in capitals on the line before (WARNUNGEN⏎Große Lücken …) or
 * the start of the text. A bracket right before the word may open a
 * sentence of its own too ("(Näheres siehe …)").
 */
export function startsSentence(text: string, start: number): boolean {
  if (text[start - 1] === '(' || text[start - 1] === '[') return true;
  let newline = -1;
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') {
      if (newline !== -1) return true;
      newline = i;
    } else if (c.trim() !== '' && !OPENERS.includes(c)) {
      return (
        SENTENCE_END.includes(c) ||
        BULLETS.includes(c) ||
        (c === ')' && CLAUSE_MARK.test(text.slice(Math.max(0, i - 6), i + 1))) ||
        (newline !== -1 && isCapitalsLine(text, text.lastIndexOf('\n', i) + 1, newline))
      );
    }
  }
  return true;
}

/** The whitespace-delimited chunk around the word looks like a URL, address, path or code. */
export function isInCode(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && text[from - 1]!.trim() !== '') from--;
  let to = end;
  while (to < text.length && text[to]!.trim() !== '') to++;
  const chunk = text.slice(from, to);
  return CODE_HINT.test(chunk) && (CODE_CHARACTER.test(chunk) || (chunk.includes('}') && CODE_BRACE.test(chunk)) || hasCodeLetterPattern(chunk));
}

/**
 * A dot between letters (www.debian, z.B) or a slash beside a non-letter
 * (TCP/80, /etc): what a regex /\p{L}\.\p{L}|[^\p{L}]\/|\/[^\p{L}]/u would find,
 * read from the character table instead. Example: 'Debian.org' → true, 'und/oder' → false.
 */
function hasCodeLetterPattern(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const unit = chunk.charCodeAt(i);
    if (unit !== 0x2e && unit !== 0x2f) continue;
    const letterBefore = i > 0 && (classOfCodePointBefore(chunk, i) & LETTER) !== 0;
    const letterAfter = (classAt(chunk, i + 1) & LETTER) !== 0;
    if (unit === 0x2e ? letterBefore && letterAfter : (i > 0 && !letterBefore) || (i + 1 < chunk.length && !letterAfter)) return true;
  }
  return false;
}

/** The classes of the code point that ends right before `i`; a lone surrogate has none. */
function classOfCodePointBefore(text: string, i: number): number {
  const unit = text.charCodeAt(i - 1);
  const isPairEnd = unit >= 0xdc00 && unit < 0xe000 && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) < 0xdc00;
  return classAt(text, isPairEnd ? i - 2 : i - 1);
}

/**
 * The line text[from, end) is set in capitals (a heading: UBER ALLES → ÜBER
 * ALLES), so a word in capitals there is no acronym: at least four letters,
 * nearly all of them capitals. Asked for every short word in capitals: see
 * LineVerdicts, which reads each line once.
 */
export function isCapitalsLine(text: string, from: number, end: number): boolean {
  let letters = 0;
  let capitals = 0;
  // Counted in UTF-16 units; a pair's low half has no class of its own.
  for (let i = from; i < end; i++) {
    const classes = classAt(text, i);
    if (classes & LETTER) {
      letters += widthAt(text, i);
      if (classes & UPPERCASE) capitals += widthAt(text, i);
    }
  }
  return letters >= 4 && capitals >= 0.8 * letters;
}

/**
 * The part after a hyphen that joins the word to the next one in a compound
 * (Ausfiihrungs-Bits → "Bits"); empty when there is none (or it is longer than a word can be).
 */
export function compoundTail(text: string, end: number): string {
  if (text[end] !== '-' || !startsWord(text, end + 1)) return '';
  const tailEnd = wordEnd(text, end + 1);
  return tailEnd - (end + 1) <= MAX_WORD_LENGTH ? text.slice(end + 1, tailEnd) : '';
}

/**
 * The word is a part of a word broken at a line-end hyphen (Arbeitsspei-⏎cher,
 * Standardaus‐⏎gabegerät): the part before the hyphen or the one after it,
 * which the hyphenation stage left apart. A part is no word of its own; the
 * tail of a compound in one line (Pin-Prioritt) is.
 */
export function isHyphenBrokenPart(text: string, start: number, end: number): boolean {
  return brokenPartMark(text, start, end) !== -1;
}

/** The line-end hyphen mark of the broken word the word is a part of: at `end` for the part before it, before `start` for the part after it; -1 for none. */
function brokenPartMark(text: string, start: number, end: number): number {
  if (endsLineAtHyphen(text, end)) return end;
  let before = start - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t')) before--;
  if (before < 0 || (text[before] !== '\n' && text[before] !== '\r')) return -1;
  return hyphenBefore(text, before + 1);
}

/**
 * The whole word a part of a hyphen-broken word belongs to (see
 * isHyphenBrokenPart), its two parts joined without the mark, as written:
 * Standardein‐⏎gabe → Standardeingabe, from either part; undefined for a
 * word that is no such part, or a part whose other half has no letters.
 */
export function brokenWordOf(text: string, start: number, end: number): string | undefined {
  const mark = brokenPartMark(text, start, end);
  if (mark === -1) return undefined;
  if (mark === end) {
    let next = end + 1;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    return startsWord(text, next) ? text.slice(start, end) + text.slice(next, wordEnd(text, next)) : undefined;
  }
  let headStart = mark;
  while (classBefore(text, headStart) & (LETTER | MARK)) headStart -= widthBefore(text, headStart);
  return headStart < mark ? text.slice(headStart, mark) + text.slice(start, end) : undefined;
}

/** A hyphen mark stands before the word, across blanks and line breaks (Debian-Paket, Arbeitsspei-⏎cher). */
export function followsHyphen(text: string, start: number): boolean {
  return hyphenBefore(text, start) !== -1;
}

/** The index of the hyphen mark before `start`, across blanks and line breaks; -1 for none. */
function hyphenBefore(text: string, start: number): number {
  let before = start - 1;
  while (before >= 0 && (text[before] === '\n' || text[before] === '\r' || text[before] === ' ')) before--;
  return before >= 0 && isHyphenMark(text.charCodeAt(before)) ? before : -1;
}

/**
 * The word is no whole word of its own: a part of a word broken at a line end
 * (see isHyphenBrokenPart), or the letters of a token with a digit right
 * before or after them (3fach, 2Wei for Zwei).
 */
export function isPartOfLongerToken(text: string, start: number, end: number): boolean {
  return isHyphenBrokenPart(text, start, end) || isDigitUnit(text.charCodeAt(start - 1)) || isDigitUnit(text.charCodeAt(end));
}

function isDigitUnit(unit: number): boolean {
  return unit >= 0x30 && unit <= 0x39;
}

/** A hyphen mark at `at` ends its line: the word before it continues on the next line. */
function endsLineAtHyphen(text: string, at: number): boolean {
  if (!isHyphenMark(text.charCodeAt(at))) return false;
  let after = at + 1;
  while (text[after] === ' ' || text[after] === '\t') after++;
  return after === text.length || text[after] === '\n' || text[after] === '\r';
}

/** The word goes on from letters and an apostrophe (Boole’schen, Grimm’sche): a suffix of a name, no word of its own. */
export function followsInnerApostrophe(text: string, start: number): boolean {
  return isApostrophe(text.charCodeAt(start - 1)) && (classBefore(text, start - 1) & LETTER) !== 0;
}

/** An apostrophe and no letter right after the word: the word lost its end on purpose (Hätt’ ich, hab’), no letter of it is misread. */
export function endsInElision(text: string, end: number): boolean {
  return isApostrophe(text.charCodeAt(end)) && (classAt(text, end + 1) & LETTER) === 0;
}

function isApostrophe(unit: number): boolean {
  return unit === 0x2019 || unit === 0x27;
}

/**
 * The word and its neighbour across a hyphen are the same letters
 * (Gluck-Gluck, Tick-Tick): a sound word, spelled as heard, not a compound
 * whose umlauts were lost.
 */
export function isDoubledWord(text: string, start: number, end: number): boolean {
  const after = text[end] === '-';
  if (!after && text[start - 1] !== '-') return false;
  const length = end - start;
  const word = text.slice(start, end).toLowerCase();
  const sameAt = (from: number) =>
    from >= 0 && text.slice(from, from + length).toLowerCase() === word && (classBefore(text, from) & LETTER) === 0 && (classAt(text, from + length) & LETTER) === 0;
  return (after && sameAt(end + 1)) || (text[start - 1] === '-' && sameAt(start - 1 - length));
}
