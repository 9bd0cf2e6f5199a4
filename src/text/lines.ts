/**
 * The line model the layout-aware stages share: every line of a text with
 * its offsets and its own line break, so edits can keep CRLF where the input
 * has it.
 *
 * Example: splitLines("a\r\nb") → [{ text: "a", eol: "\r\n", … }, { text: "b", eol: "", … }].
 */
import { codePointLength } from './chars.js';

export interface Line {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just after the last character before the line break. */
  readonly end: number;
  /** The line without its line break. */
  readonly text: string;
  /** `\n`, `\r\n`, or `` for a last line without a break. */
  readonly eol: string;
}

/**
 * The lines of `text`. Noise, hyphenation and layout all read the lines, so
 * the last text split is remembered: a stage that changed nothing hands the
 * next one the same text, and the lines are not built again. Never modify
 * the array.
 */
export function splitLines(text: string): readonly Line[] {
  if (text !== lastSplit.text) lastSplit = { text, lines: buildLines(text) };
  return lastSplit.lines;
}

let lastSplit: { text: string; lines: readonly Line[] } = { text: '', lines: buildLines('') };

function buildLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const lf = text.indexOf('\n', start);
    const next = lf === -1 ? text.length : lf;
    const end = next > start && text[next - 1] === '\r' && lf !== -1 ? next - 1 : next;
    lines.push({ start, end, text: text.slice(start, end), eol: text.slice(end, lf === -1 ? next : next + 1) });
    if (lf === -1) break;
    start = lf + 1;
  }
  return lines;
}

/** A line with nothing but spaces or tabs: what separates paragraphs. */
export function isBlank(line: Line): boolean {
  for (let i = 0; i < line.text.length; i++) {
    const code = line.text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

/**
 * The line width the text was printed at: the 80th percentile of non-blank
 * line lengths, so short last lines of paragraphs and headings do not count.
 */
export function typicalWidth(lines: readonly Line[]): number {
  const filled = lines.filter((line) => !isBlank(line));
  // A typed array sorts by number, and much faster than an array with a compare function.
  const lengths = new Uint32Array(filled.length);
  filled.forEach((line, i) => (lengths[i] = codePointLength(line.text.trim())));
  lengths.sort();
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}
