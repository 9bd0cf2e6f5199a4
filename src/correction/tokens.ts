/**
 * Words of a text, as the umlaut repair sees them: letters plus the glyphs
 * OCR writes for a garbled umlaut or ß inside a word (begruf3t, grof&en,
 * Ma8). The context of a word is computed only for the few words that have
 * a candidate, so the common case (a correct word) costs one regex step.
 */

const GARBLE_GLYPHS = '0-9&®$§';
/**
 * A word: a letter (or a garble glyph before two lowercase letters: 6ffnet),
 * then letters or garble glyphs followed by more of them, then at most one
 * trailing glyph.
 */
export const WORD = new RegExp(`(?:\\p{L}|(?<![\\p{L}\\p{N}])[${GARBLE_GLYPHS}](?=\\p{Ll}\\p{Ll}))(?:[\\p{L}\\p{M}]|[${GARBLE_GLYPHS}](?=[\\p{L}${GARBLE_GLYPHS}]))*[${GARBLE_GLYPHS}]?`, 'gu');

/**
 * Characters that never occur in prose words but do in URLs, paths,
 * addresses and code. A single slash between words is prose (und/oder).
 */
const CODE_CHARACTER = /[\\_=<>{}@#~|`^*+[\]]|:\/\/|\p{L}\.\p{L}|^\/|\/.*\/|[^\p{L}]\/|\/[^\p{L}]|\/$/u;
const SENTENCE_END = '.!?';
/** Opening quotes, brackets and dashes that may stand between a sentence end and the next word. */
const OPENERS = '"\'„“”‚‘’«»›‹([–—-';

export interface WordContext {
  /** First word of a sentence or paragraph: a capital says nothing there. */
  sentenceStart: boolean;
  /** Part of a URL, e-mail address, path or code: never a word to repair. */
  inCode: boolean;
}

/** Example: contextOf('Ende. Fur', 6, 9) → sentenceStart true, inCode false. */
export function contextOf(text: string, start: number, end: number): WordContext {
  return { sentenceStart: startsSentence(text, start), inCode: isInCode(text, start, end) };
}

/**
 * Looks back over spaces and openers: a sentence end, a blank line or the
 * start of the text. A bracket right before the word may open a sentence of
 * its own too ("(Näheres siehe …)").
 */
function startsSentence(text: string, start: number): boolean {
  if (text[start - 1] === '(' || text[start - 1] === '[') return true;
  let newlines = 0;
  for (let i = start - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n') {
      if (++newlines >= 2) return true;
    } else if (c.trim() !== '' && !OPENERS.includes(c)) {
      return SENTENCE_END.includes(c);
    }
  }
  return true;
}

/** The whitespace-delimited chunk around the word looks like a URL, address, path or code. */
function isInCode(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && text[from - 1]!.trim() !== '') from--;
  let to = end;
  while (to < text.length && text[to]!.trim() !== '') to++;
  return CODE_CHARACTER.test(text.slice(from, to));
}

/**
 * The line is set in capitals (a heading: UBER ALLES → ÜBER ALLES), so a
 * word in capitals there is no acronym: at least four letters, nearly all
 * of them capitals.
 */
export function isCapitalsLine(text: string, position: number): boolean {
  const from = text.lastIndexOf('\n', position) + 1;
  const newline = text.indexOf('\n', position);
  const letters = text.slice(from, newline === -1 ? text.length : newline).replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  return letters.length >= 4 && capitals >= 0.8 * letters.length;
}

const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * The part after a hyphen that joins the word to the next one in a compound
 * (Ausfiihrungs-Bits → "Bits"); empty when there is none.
 */
export function compoundTail(text: string, end: number): string {
  if (text[end] !== '-') return '';
  WORD_AT.lastIndex = end + 1;
  return WORD_AT.exec(text)?.[0] ?? '';
}
