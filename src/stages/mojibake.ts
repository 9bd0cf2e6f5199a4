/**
 * UTF-8 that was decoded as Latin-1 / Windows-1252 once too often: every
 * umlaut turns into two characters (`fÃ¼r`, `GrÃ¶ÃŸe`). A run is repaired
 * only when its characters, taken back to Windows-1252 bytes, form exactly
 * one valid UTF-8 sequence; anything else is left as it is.
 *
 * Example: "GrÃ¶ÃŸe" → "Größe".
 */
import type { Edit, Stage } from '../types.js';

import { CP1252_CHARS } from '../cp1252.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Character → the Windows-1252 byte that decodes to it (for bytes 0x80–0xFF). */
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) BYTE_OF.set(CP1252_CHARS[byte]!, byte);

const CONTINUATION = [...BYTE_OF].filter(([, byte]) => byte < 0xc0).map(([char]) => char).join('');
/** A lead byte of a 2–4 byte sequence (Â–ô) followed by one to three continuation bytes. */
const SUSPECT = new RegExp(`[\\u00c2-\\u00f4][${escapeClass(CONTINUATION)}]{1,3}`, 'g');

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/**
 * What double-encoded European text decodes to: Latin-1 and Latin Extended-A
 * letters, general punctuation (dashes, quotes), the euro sign. Anything else
 * (`ß“` is valid UTF-8 for an N'Ko letter) was real text.
 */
const PLAUSIBLE = /^[\u00a0-\u017f\u2010-\u203a\u20ac]$/;

/** The single plausible character these Windows-1252 characters encode as UTF-8, or null. */
function repair(run: string): string | null {
  const bytes = Uint8Array.from([...run], (char) => BYTE_OF.get(char)!);
  const expected = bytes[0]! >= 0xf0 ? 4 : bytes[0]! >= 0xe0 ? 3 : 2;
  if (bytes.length !== expected) return null;
  try {
    const decoded = UTF8.decode(bytes);
    return PLAUSIBLE.test(decoded) ? decoded : null;
  } catch {
    return null;
  }
}

export const mojibakeStage: Stage = {
  name: 'mojibake',
  description: 'repair UTF-8 that was decoded as Windows-1252 (fÃ¼r → für)',
  run(text) {
    const edits: Edit[] = [];
    for (const match of text.matchAll(SUSPECT)) {
      // The regex may take a continuation character too many (`Ã¼Ã`): try the longest valid prefix.
      for (let length = match[0].length; length >= 2; length--) {
        const fixed = repair(match[0].slice(0, length));
        if (fixed === null) continue;
        edits.push({ start: match.index, end: match.index + length, after: fixed, rule: 'double-encoded-utf8', confidence: 0.99 });
        break;
      }
    }
    return edits;
  },
};
