/**
 * Unicode NFC. OCR engines and PDF exports often emit decomposed letters
 * (`u` + U+0308 for `ü`), which look right but do not match in search or in
 * the lexicon. Uses the built-in String.prototype.normalize.
 *
 * Example: "fu\u0308r" → "für".
 */
import type { Edit, Stage } from '../types.js';

/** Runs of a base character followed by combining marks: the only places NFC can change. */
const COMPOSABLE = /[^\p{M}][\p{M}]+|[\u1100-\u11ff\uac00-\ud7a3]+/gu;

export const nfcStage: Stage = {
  name: 'nfc',
  description: 'compose decomposed letters (Unicode NFC)',
  run(text) {
    const edits: Edit[] = [];
    if (text.normalize('NFC') === text) return edits;
    for (const match of text.matchAll(COMPOSABLE)) {
      const composed = match[0].normalize('NFC');
      if (composed !== match[0]) {
        edits.push({ start: match.index, end: match.index + match[0].length, after: composed, rule: 'nfc', confidence: 1 });
      }
    }
    return edits;
  },
};
