/**
 * Cleaning a text that does not fit in memory, or has not fully arrived yet:
 * the text is cut at paragraph breaks into chunks of about CHUNK_CHARS and
 * each chunk is cleaned on its own, so memory stays bounded and output starts
 * early. A cut falls only where a paragraph really ends (a blank line after
 * a sentence end, before a capital): hyphens and quotes never pair across
 * such a break, so the chunks clean as the whole text would.
 */
import { clean } from './clean.js';
import type { Change, CleanOptions, CleanResult } from './types.js';

export const CHUNK_CHARS = 256 * 1024;

/** A blank line between a sentence end (with an optional closing quote) and a capital, digit or opening quote. */
const PARAGRAPH_END = /[.!?:][“”»"')\]]?[ \t]*\r?\n(?:[ \t]*\r?\n)+(?=[ \t]*[\p{Lu}\d„»"])/gu;
/** Any blank line, when a chunk has grown to MAX_FACTOR times the size without a real paragraph end. */
const BLANK_LINE = /\r?\n(?:[ \t]*\r?\n)+/g;
const MAX_FACTOR = 4;

/** Cleans text arriving in pieces; yields each chunk's result, positions counted from the start of the whole text. */
export async function* cleanChunks(pieces: AsyncIterable<string>, options: Partial<CleanOptions> = {}): AsyncGenerator<CleanResult> {
  let buffer = '';
  let lineOffset = 0;
  let charOffset = 0;
  const emit = (text: string): CleanResult => {
    const result = clean(text, options);
    for (const change of result.changes) shift(change, lineOffset, charOffset);
    lineOffset += countLines(text);
    charOffset += text.length;
    return result;
  };
  for await (const piece of pieces) {
    buffer += piece;
    while (buffer.length >= CHUNK_CHARS) {
      const cut = cutPoint(buffer);
      if (cut === -1) break;
      yield emit(buffer.slice(0, cut));
      buffer = buffer.slice(cut);
    }
  }
  if (buffer.length > 0) yield emit(buffer);
}

/** Where to cut: after the last real paragraph end past CHUNK_CHARS/2; -1 to read on. */
function cutPoint(buffer: string): number {
  const cut = lastEnd(PARAGRAPH_END, buffer, CHUNK_CHARS / 2);
  if (cut !== -1 || buffer.length < MAX_FACTOR * CHUNK_CHARS) return cut;
  const blank = lastEnd(BLANK_LINE, buffer, CHUNK_CHARS / 2);
  if (blank !== -1) return blank;
  const newline = buffer.lastIndexOf('\n');
  return newline === -1 ? buffer.length : newline + 1;
}

function lastEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  let end = -1;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) end = match.index + match[0].length;
  return end;
}

function countLines(text: string): number {
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/** In place: the changes are fresh from clean(), and a copy of each would double what a chunk allocates. */
function shift(change: Change, lines: number, chars: number): void {
  change.line += lines;
  change.offset += chars;
}
