/**
 * Scan noise in running prose: a stray mark at a line start (`. Fünfte`),
 * indentation OCR invented, doubled spaces between words, a space before
 * punctuation. Lists, tables, code and headings keep their shape, and every
 * rule reads only lines of prose.
 *
 * Example: " . Flinfte Hessische" → "Flinfte Hessische"; "Wort  im" → "Wort im".
 */
import type { Edit, Stage } from '../types.js';
import { isBlank, splitLines, type Line } from '../text/lines.js';
import { hasOpenEnd, isListItem, isProse, isTabular } from '../text/line-shape.js';

/** A line with the non-blank lines around it. */
interface InContext {
  readonly line: Line;
  readonly above: Line | undefined;
  readonly below: Line | undefined;
}

const STRAY_MARK = /^[ \t]*([.,*'])[ \t]+(?=[\p{L}„"])/u;
const INDENT = /^ {1,3}(?=[\p{L}„"])/u;
/** Spaces after a word and before punctuation that ends it; a `,` only at the line end (mid-line it may be a `„`). */
const SPACE_BEFORE_PUNCTUATION = /[\p{L}\d)“”"]( +)(?=[;:!?,]$|[;:!?][\s“”"»)]|\.(?:$|[\s“”"»)]))/gu;
const DOUBLED_SPACE = /\S( {2,})(?=\S)/g;
/**
 * What every rule below needs in a line: a space, tab or mark at its start, a
 * doubled space, or a space before punctuation. Most lines have none, and the
 * shape of the line and its neighbours need not be looked at.
 */
const NOISE_HINT = /^[ \t.,*']| {2}| [;:!?,.]/;
/** What OCR makes of a closing quotation mark; a line-start `,` or `'` before one is an opening quote. */
const CLOSING_QUOTE_LIKE = /[“”"'®*«»‘’]/u;

function isIndented(line: Line | undefined): boolean {
  return line !== undefined && /^[ \t]/.test(line.text);
}

/**
 * `. Flinfte`: a dot, comma, asterisk or apostrophe alone before the first
 * word. A `*` stays in a bullet list or after a finished sentence (footnote);
 * `,` and `'` stay when a closing quotation mark follows (they open it).
 */
function strayMark({ line, above, below }: InContext): Edit | null {
  const match = STRAY_MARK.exec(line.text);
  if (!match) return null;
  const mark = match[1]!;
  const confidence = { '.': 0.9, ',': 0.7, '*': 0.8, "'": 0.7 }[mark] ?? 0;
  if (mark === '*' && (isListItem(above?.text ?? '') || isListItem(below?.text ?? '') || !hasOpenEnd(above?.text ?? ''))) return null;
  const ahead = line.text.slice(match[0].length) + (below?.text ?? '');
  if ((mark === ',' || mark === "'") && CLOSING_QUOTE_LIKE.test(ahead)) return null;
  return { start: line.start, end: line.start + match[0].length, after: '', rule: 'stray-mark', confidence };
}

/**
 * ` vorgestellt.`: a space OCR put before a line that continues the sentence
 * above (or starts a paragraph) while its neighbours are not indented, so it
 * is no indented block.
 */
function strayIndent({ line, above, below }: InContext): Edit | null {
  const match = INDENT.exec(line.text);
  if (!match || isIndented(below) || isIndented(above)) return null;
  if (above && !hasOpenEnd(above.text) && above.end + above.eol.length === line.start) return null;
  return { start: line.start, end: line.start + match[0].length, after: '', rule: 'stray-indent', confidence: 0.8 };
}

/** `Wort ,` → `Wort,` and `Wort  im` → `Wort im`; tables and code keep their spaces. */
function strayspaces({ line, above, below }: InContext): Edit[] {
  if (!isProse(line.text) || isTabular(above?.text ?? '') || isTabular(below?.text ?? '')) return [];
  const edits: Edit[] = [];
  for (const match of line.text.matchAll(SPACE_BEFORE_PUNCTUATION)) {
    const start = line.start + match.index + match[0].length - match[1]!.length;
    edits.push({ start, end: start + match[1]!.length, after: '', rule: 'space-before-punctuation', confidence: 0.8 });
  }
  for (const match of line.text.matchAll(DOUBLED_SPACE)) {
    const start = line.start + match.index + 1;
    if (edits.some((edit) => edit.start === start)) continue;
    edits.push({ start, end: start + match[1]!.length, after: ' ', rule: 'doubled-space', confidence: 0.8 });
  }
  return edits;
}

export const noiseStage: Stage = {
  name: 'noise',
  description: 'remove scan noise: stray marks at line starts, doubled spaces, spaces before punctuation',
  run(text) {
    const lines = splitLines(text).filter((line) => !isBlank(line));
    const edits: Edit[] = [];
    lines.forEach((line, i) => {
      if (!NOISE_HINT.test(line.text)) return;
      const inContext = { line, above: lines[i - 1], below: lines[i + 1] };
      if (!isProse(line.text.replace(STRAY_MARK, ''))) return;
      const lineStart = strayMark(inContext) ?? strayIndent(inContext);
      if (lineStart) edits.push(lineStart);
      edits.push(...strayspaces(inContext).filter((edit) => !lineStart || edit.start >= lineStart.end));
    });
    return edits;
  },
};
