/**
 * The line model the layout-aware stages share: every line of a text with
 * its offsets and its own line break, so edits can keep CRLF where the input
 * has it.
 *
 * Example: splitLines("a\r\nb") → [{ text: "a", eol: "\r\n", … }, { text: "b", eol: "", … }].
 */
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

export function splitLines(text: string): Line[] {
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
  return /^[ \t]*$/.test(line.text);
}

/**
 * The line width the text was printed at: the 80th percentile of non-blank
 * line lengths, so short last lines of paragraphs and headings do not count.
 */
export function typicalWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((line) => !isBlank(line)).map((line) => [...line.text.trim()].length);
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.8)] ?? 0;
}
