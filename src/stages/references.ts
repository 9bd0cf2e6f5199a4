/**
 * Manual page references the OCR misread; technical German text is full of
 * them (`ls(1)`, `debconf(7)`). Where one bracket is round, the other becomes
 * round too (`perl{1)` → `perl(1)`, `debconf(7}` → `debconf(7)`); a pair of
 * braces around a section after a name of two letters or more is one
 * too (`debconf{7}`), but square brackets may be code (`argv[1]`), and so
 * may braces after one letter (the regex `a{3}`). A section digit read as
 * a letter of its shape is one (`xargs{t}`, `bash(])`, `fstab(S)`) where the
 * name before is no word of the lexicon. Commands are lowercase: a name
 * beginning with I that is no word began with l (`Is(1)` → `ls(1)`).
 */
import type { Edit, Stage } from '../types.js';

/**
 * A manual section (1–9, perhaps a suffix: `3pm`), or a glyph OCR reads for
 * its digit, in brackets. Found first: a regex that begins with a bracket
 * skips ahead fast, where one that begins with the command name is tried at
 * every letter.
 */
const SECTION = /[{[(](?:[1-9][a-z]{0,3}|[lI|\]tS])[)\]}]/g;
/** Glyphs OCR reads for a section's digit: the strokes of 1, the S of 5. */
const MISREAD_DIGITS: Readonly<Record<string, string>> = { l: '1', I: '1', '|': '1', ']': '1', t: '1', S: '5' };
/** The command before the section: a lowercase letter (or I), then letters, digits, `.`, `+`, `-`, `_`. */
const COMMAND = /^[a-zI][\w.+-]*$/;
/** Shortest name before a pair of braces that is a reference, not a regex quantifier (a{3}). */
const MIN_BRACED_NAME = 2;
const CONFIDENCE = { bracket: 0.9, name: 0.8, digit: 0.8 } as const;

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
      const [open, close] = [section[0]!, section.at(-1)!];
      const digit = MISREAD_DIGITS[section.slice(1, -1)];
      // A misread digit only after a name that is no word (Datei(S)), never after `[` (argv[]).
      if (digit !== undefined && (open === '[' || context.lexicon().isWord(name))) continue;
      // Square brackets and short braces stay code (argv[1], a{3}).
      const repairsBrackets = (open === '(') !== (close === ')') || (open === '{' && close === '}' && name.length >= MIN_BRACED_NAME);
      if (!repairsBrackets && !(digit !== undefined && open === '(')) continue;
      const closeAt = openAt + section.length - 1;
      if (open !== '(') edits.push({ start: openAt, end: openAt + 1, after: '(', rule: 'man-page-bracket', confidence: CONFIDENCE.bracket });
      if (digit !== undefined) edits.push({ start: openAt + 1, end: closeAt, after: digit, rule: 'man-page-section', confidence: CONFIDENCE.digit });
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
