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

const SPECIAL_SPACE = '\u00a0\u2000-\u200a\u202f\u205f\u3000';
const ZERO_WIDTH = '\u200b-\u200d\u2060\ufeff';
// C0 controls but tab, LF and CR; DEL; C1 controls.
const CONTROL = '\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f';

/** Earlier rules win where two match the same characters. */
const RULES: ReadonlyArray<{ rule: string; pattern: RegExp; after: string }> = [
  // Anything blank before a line end, so removing a zero-width character never leaves a trailing space.
  { rule: 'trailing-space', pattern: new RegExp(`(?:[ \t${SPECIAL_SPACE}${ZERO_WIDTH}${CONTROL}]|\r(?!\n))+(?=\r?\n|$)`, 'g'), after: '' },
  { rule: 'special-space', pattern: new RegExp(`[${SPECIAL_SPACE}]`, 'g'), after: ' ' },
  { rule: 'zero-width', pattern: new RegExp(`[${ZERO_WIDTH}]`, 'g'), after: '' },
  // A CR that is not part of CRLF is a stray control code too.
  { rule: 'control-character', pattern: new RegExp(`[${CONTROL}]|\r(?!\n)`, 'g'), after: '' },
  // Half a surrogate pair cannot be written as UTF-8; only a string built in code can hold one.
  { rule: 'lone-surrogate', pattern: /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, after: '\ufffd' },
];

export const whitespaceStage: Stage = {
  name: 'whitespace',
  description: 'remove zero-width and control characters, plain spaces, no trailing spaces',
  run(text) {
    const taken = new Uint8Array(text.length);
    const edits: Edit[] = [];
    for (const { rule, pattern, after } of RULES) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (start === end || taken.subarray(start, end).some((x) => x === 1)) continue;
        taken.fill(1, start, end);
        edits.push({ start, end, after, rule, confidence: 1 });
      }
    }
    return edits;
  },
};
