/**
 * Paragraph structure. OCR puts blank lines where a page or column broke a
 * paragraph; a blank line after a line that stops mid-sentence is no
 * paragraph break and goes. With the `reflow` option every paragraph
 * becomes one line (for NLP and search); by default the printed lines stay.
 *
 * Example: "weiter mit Leben zu\n\nfüllen“, so Klose." → "weiter mit Leben zu\nfüllen“, so Klose.".
 */
import type { Edit, Stage } from '../types.js';
import { codePointLength } from '../text/chars.js';
import { isBlank, splitLines, typicalWidth, type Line } from '../text/lines.js';
import { hasOpenEnd, isCodeLike, isListItem, isProse, isTabular, startsLowercase, startsUppercase } from '../text/line-shape.js';

/** A line of at least this share of the printed width ran on to the next line. */
const FULL_LINE = 0.75;
/** Narrower texts are lists or verse; wider ones were reflowed already: neither is print set to a measure. */
const MIN_PRINTED_WIDTH = 30;
const MAX_PRINTED_WIDTH = 130;

function isFull(line: Line, width: number): boolean {
  const length = codePointLength(line.text.trim());
  return width >= MIN_PRINTED_WIDTH && length >= FULL_LINE * width && length <= MAX_PRINTED_WIDTH;
}

/**
 * How sure we are that blank lines between `above` and `below` split one
 * paragraph, or 0. A full line stopping mid-sentence before lowercase is near
 * certain; a full line without final punctuation before a capital
 * (`ein neues⏎⏎Zuhause`) is likely.
 */
function blankInsideParagraph(above: Line, below: Line, width: number): number {
  if (!isProse(above.text) || !isProse(below.text)) return 0;
  // A line that stops short before a blank line ended its paragraph, whatever comes next.
  const isShort = width >= MIN_PRINTED_WIDTH && !isFull(above, width);
  if (hasOpenEnd(above.text) && startsLowercase(below.text)) return isShort ? 0.45 : 0.9;
  if (/[\p{L},]$/u.test(above.text.trimEnd()) && startsUppercase(below.text) && isFull(above, width)) return 0.6;
  return 0;
}

/**
 * Reflow: `below` continues the sentence or paragraph of `above`. A short
 * line ending a sentence, a heading, list items, tables and code keep their
 * line break.
 */
function continuesParagraph(above: Line, below: Line, width: number): boolean {
  if (isCodeLike(above.text) || isTabular(above.text) || !isProse(below.text) || isListItem(below.text)) return false;
  if (isFull(above, width)) return true;
  return hasOpenEnd(above.text) && (startsLowercase(below.text) || /[,;\-–]$/u.test(above.text.trimEnd()));
}

/** The edit for the gap between two non-blank lines, or null to keep it. */
function gapEdit(above: Line, below: Line, hasBlank: boolean, width: number, reflow: boolean): Edit | null {
  const start = above.start + above.text.trimEnd().length;
  const blankConfidence = hasBlank ? blankInsideParagraph(above, below, width) : 1;
  if (blankConfidence === 0) return null;
  if (reflow && continuesParagraph(above, below, width)) {
    const end = below.start + below.text.search(/\S/);
    return { start, end, after: ' ', rule: 'reflow', confidence: Math.min(blankConfidence, 0.9) };
  }
  if (!hasBlank) return null;
  return { start, end: below.start, after: above.eol, rule: 'blank-line-in-paragraph', confidence: blankConfidence };
}

export const layoutStage: Stage = {
  name: 'layout',
  description: 'remove blank lines inside paragraphs; optional reflow',
  run(text, context) {
    const lines = splitLines(text);
    const width = typicalWidth(lines);
    const edits: Edit[] = [];
    let above: Line | undefined;
    let hasBlank = false;
    for (const line of lines) {
      if (isBlank(line)) {
        hasBlank = true;
        continue;
      }
      const edit = above && gapEdit(above, line, hasBlank, width, context.options.reflow);
      if (edit) edits.push(edit);
      above = line;
      hasBlank = false;
    }
    return edits;
  },
};
