/**
 * Manual page references the OCR misread; technical German text is full of
 * them (`ls(1)`, `debconf(7)`). Where one bracket is round, the other becomes
 * round too (`perl{1)` → `perl(1)`, `debconf(7}` → `debconf(7)`); a pair of
 * braces or square brackets may be code (`argv[1]`, the regex `a{3}`) and
 * stays. Commands are lowercase: a name beginning with I that is no word
 * began with l (`Is(1)` → `ls(1)`).
 */
import type { Edit, Stage } from '../types.js';

/**
 * A command and its manual section (1–9, perhaps a suffix: `3pm`), in
 * brackets; not after `\` or `$` (TeX, shell) or inside a word.
 */
const MAN_PAGE_REFERENCE = /(?<![\\$\w])([a-zI][\w.+-]*)([{[(])([1-9][a-z]{0,3})([)\]}])/g;
const CONFIDENCE = { bracket: 0.9, name: 0.8 } as const;

export const referencesStage: Stage = {
  name: 'references',
  description: 'repair manual page references the OCR misread (perl{1) → perl(1), Is(1) → ls(1))',
  run(text, context) {
    const edits: Edit[] = [];
    // Most texts have no bracket before a digit at all.
    if (!/[([{][1-9]/.test(text)) return edits;
    for (const { index, 1: name, 2: open, 3: section, 4: close } of text.matchAll(MAN_PAGE_REFERENCE)) {
      if (/^I[a-z]+$/.test(name!) && !context.lexicon().isWord(name!)) {
        edits.push({ start: index, end: index + 1, after: 'l', rule: 'man-page-name', confidence: CONFIDENCE.name });
      }
      if ((open === '(') === (close === ')')) continue;
      const openAt = index + name!.length;
      const closeAt = openAt + 1 + section!.length;
      if (open !== '(') edits.push({ start: openAt, end: openAt + 1, after: '(', rule: 'man-page-bracket', confidence: CONFIDENCE.bracket });
      if (close !== ')') edits.push({ start: closeAt, end: closeAt + 1, after: ')', rule: 'man-page-bracket', confidence: CONFIDENCE.bracket });
    }
    return edits;
  },
};
