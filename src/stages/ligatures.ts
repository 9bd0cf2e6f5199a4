/**
 * Typographic ligatures split into their letters. OCR of printed text keeps
 * ﬁ, ﬂ, ﬀ … as single code points, which no dictionary or search index knows.
 * (NFC leaves them alone; NFKC would also rewrite other characters.)
 *
 * Example: "Deﬁnition" → "Definition".
 */
import type { Edit, Stage } from '../types.js';

const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

const LIGATURE = /[\ufb00-\ufb06]/g;

export const ligaturesStage: Stage = {
  name: 'ligatures',
  description: 'split typographic ligatures (ﬁ → fi)',
  run(text) {
    const edits: Edit[] = [];
    for (const match of text.matchAll(LIGATURE)) {
      edits.push({ start: match.index, end: match.index + 1, after: LIGATURES[match[0]]!, rule: 'ligature', confidence: 1 });
    }
    return edits;
  },
};
