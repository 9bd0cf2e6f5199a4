/**
 * Invisible and control characters that OCR and PDF exports leave behind.
 * They break word matching and show up as garbage in editors: no-break and
 * other special spaces become a plain space, zero-width characters and stray
 * C0/C1 control codes go, trailing spaces and tabs at line ends go.
 * A CR is kept only as part of a CRLF line ending; half a surrogate pair
 * becomes U+FFFD so the output is always valid UTF-8.
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

/** Earlier rules win where two match the same characters. */
const RULES: ReadonlyArray<{ rule: string; find: (text: string) => Span[]; after: string }> = [
  // Anything blank before a line end, so removing a zero-width character never leaves a trailing space.
  { rule: 'trailing-space', find: trailingBlanks, after: '' },
  { rule: 'special-space', find: spansOf(new RegExp(`[${SPECIAL_SPACE}]`, 'g')), after: ' ' },
  { rule: 'zero-width', find: spansOf(new RegExp(`[${ZERO_WIDTH}]`, 'g')), after: '' },
  // A CR that is not part of CRLF is a stray control code too.
  { rule: 'control-character', find: spansOf(new RegExp(`[${CONTROL}]|\r(?!\n)`, 'g')), after: '' },
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
 * The run of blank characters (and CRs not before LF) before each line end:
 * what `/(?:[blank]|\r(?!\n))+(?=\r?\n|$)/g` finds. Scanning back from the
 * line ends is much faster than that regex, which V8 tries at every offset.
 */
function trailingBlanks(text: string): Span[] {
  const spans: Span[] = [];
  const isTrailingBlank = (i: number) => BLANK.lengthAt(text, i) > 0 || (text[i] === '\r' && text[i + 1] !== '\n');
  for (const line of splitLines(text)) {
    let start = line.end;
    while (start > line.start && isTrailingBlank(start - 1)) start--;
    if (start < line.end) spans.push([start, line.end]);
  }
  return spans;
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
    const taken = new Uint8Array(text.length);
    const edits: Edit[] = [];
    for (const { rule, find, after } of rules) {
      for (const [start, end] of find(text)) {
        if (start === end || taken.subarray(start, end).some((x) => x === 1)) continue;
        taken.fill(1, start, end);
        edits.push({ start, end, after, rule, confidence: 1 });
      }
    }
    return edits;
  },
};
