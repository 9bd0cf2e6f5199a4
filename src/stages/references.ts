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
 * A manual section (1–9, perhaps a suffix: `3pm`) in brackets. Found first:
 * a regex that begins with a bracket skips ahead fast, where one that begins
 * with the command name is tried at every letter.
 */
const SECTION = /[{[(][1-9][a-z]{0,3}[)\]}]/g;
/** The command before the section: a lowercase letter (or I), then letters, digits, `.`, `+`, `-`, `_`. */
const COMMAND = /^[a-zI][\w.+-]*$/;
const CONFIDENCE = { bracket: 0.9, name: 0.8 } as const;

export const referencesStage: Stage = {
  name: 'references',
  description: 'repair manual page references the OCR misread (perl{1) → perl(1), Is(1) → ls(1))',
  run(text, context) {
    const edits: Edit[] = [];
    for (const { index: openAt, 0: section } of text.matchAll(SECTION)) {
      const name = text.slice(commandStart(text, openAt), openAt);
      if (!COMMAND.test(name)) continue;
      if (/^I[a-z]+$/.test(name) && !context.lexicon().isWord(name)) {
        edits.push({ start: openAt - name.length, end: openAt - name.length + 1, after: 'l', rule: 'man-page-name', confidence: CONFIDENCE.name });
      }
      const [open, close] = [section[0], section.at(-1)];
      if ((open === '(') === (close === ')')) continue;
      const closeAt = openAt + section.length - 1;
      if (open !== '(') edits.push({ start: openAt, end: openAt + 1, after: '(', rule: 'man-page-bracket', confidence: CONFIDENCE.bracket });
      if (close !== ')') edits.push({ start: closeAt, end: closeAt + 1, after: ')', rule: 'man-page-bracket', confidence: CONFIDENCE.bracket });
    }
    return edits;
  },
};

/**
 * Where the command before `openAt` begins: back over letters, digits and
 * `.+-_`. A `\` or `$` before it (TeX, shell) makes it no command: then
 * `openAt` itself, an empty name.
 */
function commandStart(text: string, openAt: number): number {
  let start = openAt;
  while (start > 0 && /[\w.+-]/.test(text[start - 1]!)) start--;
  return start > 0 && (text[start - 1] === '\\' || text[start - 1] === '$') ? openAt : start;
}
