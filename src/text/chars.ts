/**
 * Unicode character classes (`\p{L}`, `\p{N}` …) tested on one character of
 * a text without running a regex over it: what a stage needs when it scans a
 * text by hand. A character outside the Basic Multilingual Plane is a
 * surrogate pair and counts as one character, as in a regex with the `u` flag.
 *
 * Example: LETTER.lengthAt("aé", 1) → 1; LETTER.lengthAt("a1", 1) → 0.
 */
export class CharClass {
  /** Per UTF-16 code unit, filled on first sight: 0 not looked at yet, 1 in the class, 2 not. */
  private readonly known = new Uint8Array(0x10000);
  private readonly pattern: RegExp;

  /** `property`: a regex class such as `\p{L}` or `[\p{L}\p{N}]`. */
  constructor(property: string) {
    this.pattern = new RegExp(`^${property}$`, 'u');
  }

  /** Code units (1, or 2 for a surrogate pair) of the character of this class at `text[index]`, or 0. */
  lengthAt(text: string, index: number): number {
    const code = text.charCodeAt(index);
    if (Number.isNaN(code)) return 0;
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(index + 1))) {
      return this.pattern.test(text.slice(index, index + 2)) ? 2 : 0;
    }
    return this.has(code) ? 1 : 0;
  }

  /** Code units of the run of characters of this class from `text[index]` on, as `/^[…]+/u` would match: 0 when none. */
  runLengthAt(text: string, index: number): number {
    let end = index;
    for (let char = this.lengthAt(text, end); char > 0; char = this.lengthAt(text, end)) end += char;
    return end - index;
  }

  /** Code units of the run of characters of this class that ends just before `text[index]`: 0 when none. */
  runLengthBefore(text: string, index: number): number {
    let start = index;
    for (let char = this.lengthBefore(text, start); char > 0; char = this.lengthBefore(text, start)) start -= char;
    return index - start;
  }

  /** Code units of the character of this class that ends just before `text[index]`, or 0. */
  lengthBefore(text: string, index: number): number {
    if (index <= 0) return 0;
    const code = text.charCodeAt(index - 1);
    if (isLowSurrogate(code) && index >= 2 && isHighSurrogate(text.charCodeAt(index - 2))) {
      return this.pattern.test(text.slice(index - 2, index)) ? 2 : 0;
    }
    return this.has(code) ? 1 : 0;
  }

  private has(code: number): boolean {
    if (this.known[code] === 0) this.known[code] = this.pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return this.known[code] === 1;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * No German word is this long (Rindfleischetikettierungsüberwachungsaufgaben-
 * übertragungsgesetz has 63 letters): a longer token is no word to look up,
 * and a longer run of letters is a hash, an encoded blob or letters OCR saw
 * in a picture, no word to repair or to judge. Its readings would cost more
 * than linear time: a token of 4,000 letters took 2.5 s, one of 12,000 took
 * 20 s and 500 MB.
 */
export const MAX_WORD_LENGTH = 128;

export const LETTER = new CharClass('\\p{L}');
export const LOWERCASE = new CharClass('\\p{Ll}');
export const LETTER_OR_NUMBER = new CharClass('[\\p{L}\\p{N}]');

const SURROGATE = /[\ud800-\udfff]/;

/** Whether `text` has any surrogate (paired or not): without one, code units and characters coincide. */
export function hasSurrogates(text: string): boolean {
  return SURROGATE.test(text);
}

/** What `[...text].length` says, without building the array: a surrogate pair is one character. */
export function codePointLength(text: string): number {
  if (!hasSurrogates(text)) return text.length;
  let length = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      length--;
      i++;
    }
  }
  return length;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from.
 * V8 keeps a slice of 13 or more characters as a view into its source, so a
 * word kept in a cache that outlives its document (reading-cache.ts) would
 * keep the whole document alive: megabytes per chunk of a long stream.
 * Slicing a concatenation makes V8 copy it into a fresh flat string first,
 * and the slice then points into that copy: 5–7× faster than copying the
 * characters one by one, which every new word of a text paid.
 * Example: detached(chunk.slice(10, 31)) holds 21 characters, not the chunk.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
