/**
 * Invisible and control characters that OCR and PDF exports leave behind.
 * They break word matching and show up as garbage in editors: no-break and
 * other special spaces become a plain space, zero-width characters and stray
 * C0/C1 control codes go, trailing spaces and tabs at line ends go.
 * A CR is kept as part of a CRLF line ending; a CR alone is a line end too
 * (classic Mac files, tools that mix endings) and becomes the document's
 * line end, not nothing, which would glue two lines together; extra CRs
 * before a CRLF (`\r\r\n`, a CRLF file converted twice) go. Half a
 * surrogate pair becomes U+FFFD so the output is always valid UTF-8.
 *
 * Example: "Staats\u200Bsekretär\u00A0Klose  \n" → "Staatssekretär Klose\n".
 */
import type { Edit, Stage } from '../types.js';
import { CharClass, hasSurrogates } from '../text/chars.js';
import { splitLines } from '../text/lines.js';

const SPECIAL_SPACE = '\u00a0\u2000-\u200a\u202f\u205f\u3000';
const ZERO_WIDTH = '\u200b-\u200d\u2060\ufeff';
// C0 controls but tab, LF and CR; DEL; C1 controls.
const CONTROL = '\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f';

type Span = readonly [start: number, end: number];

/** A CR of a run of CRs that ends in a CRLF, but the CRLF's own: `\r\r\n` is one line end. */
const STRAY_CR = /\r(?=\r+\n)/g;
/** A CR whose run of CRs ends in no LF: a line end of its own (`\r\r` is a blank line). */
const CR_LINE_END = /\r(?!\r*\n)/g;
/** Where `after` is this, the edit writes the document's line end: CRLF where it has any, else LF. */
const LINE_END = Symbol('line end');

/** Earlier rules win where two match the same characters. */
const RULES: ReadonlyArray<{ rule: string; find: (text: string) => Span[]; after: string | typeof LINE_END }> = [
  // Anything blank before a line end, so removing a zero-width character never leaves a trailing space.
  { rule: 'trailing-space', find: trailingBlanks, after: '' },
  { rule: 'special-space', find: spansOf(new RegExp(`[${SPECIAL_SPACE}]`, 'g')), after: ' ' },
  { rule: 'zero-width', find: spansOf(new RegExp(`[${ZERO_WIDTH}]`, 'g')), after: '' },
  { rule: 'control-character', find: spansOf(new RegExp(`[${CONTROL}]|${STRAY_CR.source}`, 'g')), after: '' },
  { rule: 'cr-line-end', find: spansOf(CR_LINE_END), after: LINE_END },
  { rule: 'lone-surrogate', find: loneSurrogates, after: '\ufffd' },
];

const SUSPECT_CHARACTER = new RegExp(`[${SPECIAL_SPACE}${ZERO_WIDTH}${CONTROL}\\ud800-\\udfff]`);

/**
 * Whether a rule but trailing-space may find anything: most texts have none
 * of these characters, and two quick scans cost less than the four rules.
 */
function hasSuspects(text: string): boolean {
  return SUSPECT_CHARACTER.test(text) || /\r(?!\n)/.test(text);
}

const BLANK = new CharClass(`[ \t${SPECIAL_SPACE}${ZERO_WIDTH}${CONTROL}]`);

/**
 * The run of blank characters (and stray CRs) before each line end, LF or a
 * CR alone. Scanning back from the line ends is much faster than a regex,
 * which V8 tries at every offset.
 */
function trailingBlanks(text: string): Span[] {
  const spans: Span[] = [];
  const isTrailingBlank = (i: number) => BLANK.lengthAt(text, i) > 0 || isStrayCr(text, i);
  const blanksBefore = (from: number, end: number): void => {
    let start = end;
    while (start > from && isTrailingBlank(start - 1)) start--;
    if (start < end) spans.push([start, end]);
  };
  // The CRs that end a line of their own (a classic Mac file has no other line ends), in text order.
  const crEnds = Array.from(text.matchAll(CR_LINE_END), (match) => match.index);
  let next = 0;
  for (const line of splitLines(text)) {
    let from = line.start;
    for (; next < crEnds.length && crEnds[next]! < line.end; next++) {
      blanksBefore(from, crEnds[next]!);
      from = crEnds[next]! + 1;
    }
    blanksBefore(from, line.end);
  }
  return spans;
}

/** STRAY_CR, tested where it stands. */
const STRAY_CR_AT = new RegExp(STRAY_CR.source, 'y');

/** A CR of a run of CRs that ends in a CRLF, but the CRLF's own (see STRAY_CR). */
function isStrayCr(text: string, i: number): boolean {
  if (text[i] !== '\r') return false;
  STRAY_CR_AT.lastIndex = i;
  return STRAY_CR_AT.test(text);
}

/**
 * Half a surrogate pair cannot be written as UTF-8; only a string built in code can hold one.
 * The pattern's lookbehind is slow on long texts, and almost none has a surrogate at all.
 */
function loneSurrogates(text: string): Span[] {
  return hasSurrogates(text) ? lonePairHalves(text) : [];
}
const lonePairHalves = spansOf(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g);

function spansOf(pattern: RegExp): (text: string) => Span[] {
  return (text) => Array.from(text.matchAll(pattern), (match) => [match.index, match.index + match[0].length] as const);
}

export const whitespaceStage: Stage = {
  name: 'whitespace',
  description: 'remove zero-width and control characters, plain spaces, no trailing spaces',
  run(text) {
    const rules = hasSuspects(text) ? RULES : RULES.slice(0, 1);
    const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
    const taken = new Uint8Array(text.length);
    const edits: Edit[] = [];
    for (const { rule, find, after } of rules) {
      for (const [start, end] of find(text)) {
        if (start === end || taken.subarray(start, end).some((x) => x === 1)) continue;
        taken.fill(1, start, end);
        edits.push({ start, end, after: after === LINE_END ? lineEnd : after, rule, confidence: 1 });
      }
    }
    return edits;
  },
};
