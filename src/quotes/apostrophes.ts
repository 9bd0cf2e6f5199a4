/**
 * Typewriter apostrophes in typeset text. A document set with „…“, »…« or
 * ’ uses the typographic apostrophe ’, and OCR reads it as `'`
 * (`Shell-Modus'`, `gibt's`). A `'` that opens a word stays: it may be a
 * straight quotation mark.
 *
 * Example: typewriterApostrophes("gibt's") → [4].
 */
import { matchesAt, offsetsOf } from '../text/scan.js';

const TYPESET_MARK = /[„“”‚‘’»«›‹]/u;
/** Between letters (`gibt's`), or after a letter at a word end (`fahr' heim`, `Modus'.`). */
const TYPEWRITER_APOSTROPHE = /(?<=\p{L})'(?=\p{L}|[\s.,;:!?)]|$)/ymu;
const APOSTROPHE = /'/g;

export function isTypeset(text: string): boolean {
  return TYPESET_MARK.test(text);
}

/** Offsets of the typewriter apostrophes, in order. */
export function typewriterApostrophes(text: string): number[] {
  return matchesAt(text, TYPEWRITER_APOSTROPHE, offsetsOf(text, APOSTROPHE)).map((match) => match.index);
}
