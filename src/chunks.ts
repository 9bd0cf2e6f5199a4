/**
 * Where a long text is cut into chunks that are cleaned one by one: memory
 * stays bounded, a stream's output starts early, and the document-level
 * evidence (which umlauts a text has lost, which names it repeats) comes from
 * a stretch of about 15 pages. A cut falls only where a paragraph really ends
 * (a blank line after a sentence end, before a capital), so hyphens and
 * quotes never pair across it. The cuts depend on the text alone — never on
 * how it was read — so clean(), a file and a pipe give the same result.
 */

/**
 * Small enough that a chunk's text (two bytes a character) and each stage's
 * copy of it stay ordinary young objects of V8's heap, below its 128 KB limit
 * for those: a larger string goes to the large-object space, which only a
 * full collection empties, and 256 K-character chunks let a 50 MB run peak at
 * ~200 MB RSS instead of ~145 MB (npm run bench).
 */
export const CHUNK_CHARS = 56 * 1024;
/** A chunk without a real paragraph end is cut at a blank line, at the latest at a line end after this size. */
const MAX_CHUNK_CHARS = 4 * CHUNK_CHARS;
/**
 * How much text firstChunkLength needs to see to decide with certainty: a
 * chunk ends before MAX_CHUNK_CHARS or at the first line end after it, and a
 * line is at most 1 MiB long (longer ones are refused as not OCR text).
 */
export const MAX_CHUNK_LOOKAHEAD = MAX_CHUNK_CHARS + (1 << 20) + 2;

/** A blank line between a sentence end (with an optional closing quote) and a capital, digit or opening quote. */
const PARAGRAPH_END = /[.!?:][“”»"')\]]?[ \t]*\r?\n(?:[ \t]*\r?\n)+(?=[ \t]*[\p{Lu}\d„»"])/gu;
const BLANK_LINE = /\r?\n(?:[ \t]*\r?\n)+/g;
/** How far before CHUNK_CHARS a paragraph end that reaches past it may start. */
const LOOK_BACK = 64;

/**
 * The length of the first chunk of `text`, which starts a chunk; -1 when more
 * text must arrive to know it. `complete`: no more text will come.
 */
export function firstChunkLength(text: string, complete: boolean): number {
  if (text.length <= CHUNK_CHARS) return complete ? text.length : -1;
  const paragraphEnd = firstEndFrom(PARAGRAPH_END, text, CHUNK_CHARS, MAX_CHUNK_CHARS);
  if (paragraphEnd !== -1) return paragraphEnd;
  if (!complete && text.length <= MAX_CHUNK_CHARS) return -1;
  const blankLine = firstEndFrom(BLANK_LINE, text, CHUNK_CHARS, MAX_CHUNK_CHARS);
  if (blankLine !== -1) return blankLine;
  const newline = text.indexOf('\n', MAX_CHUNK_CHARS);
  if (newline !== -1) return newline + 1;
  return complete ? text.length : -1;
}

/** The end of the first match ending at or after `from` (and not past `limit`), or -1. */
function firstEndFrom(pattern: RegExp, text: string, from: number, limit: number): number {
  pattern.lastIndex = Math.max(0, from - LOOK_BACK);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > limit) return -1;
    if (end >= from) return end;
  }
  return -1;
}
