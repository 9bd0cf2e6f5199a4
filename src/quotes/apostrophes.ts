/**
 * Typewriter apostrophes in typeset text. A document set with „…“, »…« or
 * ’ uses the typographic apostrophe ’, and OCR reads it as `'`
 * (`Shell-Modus'`, `gibt's`). A `'` that opens a word stays: it may be a
 * straight quotation mark; so does the `'` after a word that closes it
 * (`'Geteilt' erlaubt`).
 *
 * Example: typewriterApostrophes("gibt's") → [4].
 */
import { matchesAt, offsetsOf } from '../text/scan.js';

const TYPESET_MARK = /[„“”‚‘’»«›‹]/u;
/** Between letters (`gibt's`), or after a letter at a word end (`fahr' heim`, `Modus'.`). */
const TYPEWRITER_APOSTROPHE = /(?<=\p{L})'(?=\p{L}|[\s.,;:!?)]|$)/ymu;
/** Before a word, after none: it may open a quotation. */
const OPENING_QUOTE = /(?<!\p{L})'(?=\p{L})/yu;
/** A quotation in straight single quotes ends before a blank line, and is short. */
const QUOTATION_BREAK = /\n[ \t]*\r?\n/;
const MAX_QUOTATION = 200;
const APOSTROPHE = /'/g;

export function isTypeset(text: string): boolean {
  return TYPESET_MARK.test(text);
}

/** Offsets of the typewriter apostrophes, in order. */
export function typewriterApostrophes(text: string): number[] {
  const offsets = offsetsOf(text, APOSTROPHE);
  const candidates = new Set(matchesAt(text, TYPEWRITER_APOSTROPHE, offsets).map((match) => match.index));
  if (candidates.size === 0) return [];
  const openings = new Set(matchesAt(text, OPENING_QUOTE, offsets).map((match) => match.index));
  const apostrophes: number[] = [];
  let opening: number | undefined;
  for (const offset of offsets) {
    if (openings.has(offset)) opening = offset;
    else if (!candidates.has(offset)) continue;
    else if (opening !== undefined && closesQuotation(text, opening, offset)) opening = undefined;
    else apostrophes.push(offset);
  }
  return apostrophes;
}

/** The `'` at `close`, after a word, ends the quotation the `'` at `open` began. */
function closesQuotation(text: string, open: number, close: number): boolean {
  const isWordEnd = !/\p{L}/u.test(text[close + 1] ?? '');
  return isWordEnd && close - open <= MAX_QUOTATION && !QUOTATION_BREAK.test(text.slice(open, close));
}
