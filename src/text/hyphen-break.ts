/**
 * What a hyphen at a line end means. Printed German breaks words at
 * syllables (`Integrations-⏎konferenz`), but a line may also end in a real
 * compound hyphen (`Debian-⏎Architekturen`), a range (`1990-⏎2000`) or a
 * suspended hyphen (`Grafik-⏎oder Tonkarte`). The decision needs only the
 * word part before the hyphen (`head`) and the word after it (`tail`).
 *
 * Example: classifyBreak("Integrations", "konferenz", "-", lexicon) → { kind: "syllable", … }.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { detached, LETTER_OR_NUMBER } from './chars.js';

/** `ck`: a syllable break of the print before 1996, which wrote ck as k-k at a line end (`Zuk-⏎ker` is `Zucker`). */
export type BreakKind = 'syllable' | 'compound' | 'ck' | 'l-read-as-I';

export interface BreakDecision {
  readonly kind: BreakKind;
  readonly confidence: number;
}

/** The marks a line may break a word with: hyphen, Unicode's hyphen (U+2010, from PDF text and typesetters), soft hyphen, `¬`, and `⸗` / `=` of older print. */
const HYPHEN_MARKS = '-\u2010\u00ad¬⸗=';
const HYPHEN_MARK_CODES: ReadonlySet<number> = new Set(Array.from(HYPHEN_MARKS, (mark) => mark.charCodeAt(0)));

/** Whether the character code is one of the marks a line may break a word with. */
export function isHyphenMark(code: number): boolean {
  return HYPHEN_MARK_CODES.has(code);
}

export interface LineEndHyphen {
  /** Offset of the word part before the mark, in the line. */
  readonly index: number;
  /** The letters and digits before the mark (`Integrations`), or `` for a hyphen after a space. */
  readonly head: string;
  readonly mark: string;
}

/**
 * The hyphen mark a line ends with, perhaps followed by spaces or tabs OCR
 * left, and the word part before it; null when the line ends otherwise.
 * What `/([\p{L}\p{N}]*)([-\u2010\u00ad¬⸗=])[ \t]*$/u` finds, by a scan from the
 * end: most lines end in no mark at all, and the regex would try every offset.
 *
 * Example: lineEndHyphen("die Integrations- ") → { index: 4, head: "Integrations", mark: "-" }.
 */
export function lineEndHyphen(line: string): LineEndHyphen | null {
  let markAt = line.length - 1;
  while (markAt >= 0 && (line.charCodeAt(markAt) === 0x20 || line.charCodeAt(markAt) === 0x09)) markAt--;
  // One character code compared, no string made: this runs for every line.
  if (markAt < 0 || !isHyphenMark(line.charCodeAt(markAt))) return null;
  const index = markAt - LETTER_OR_NUMBER.runLengthBefore(line, markAt);
  return { index, head: line.slice(index, markAt), mark: line[markAt]! };
}

/** Words that follow a suspended hyphen: `Ein- und Ausgabe`, `Grafik- oder Tonkarte`. */
export const SUSPENSION_WORDS: ReadonlySet<string> = new Set([
  'und', 'oder', 'bzw', 'sowie', 'wie', 'als', 'noch', 'bis', 'beziehungsweise', 'u', 'o', 'and', 'or',
]);

/** A word of the lexicon, also when OCR lost its umlauts (`Verstandnis` for `Verständnis`). */
function isKnown(word: string, lexicon: Lexicon): boolean {
  const known = knownWords(lexicon);
  let isKnownWord = known.get(word);
  if (isKnownWord === undefined) {
    if (known.size >= MAX_KNOWN_ENTRIES) known.clear();
    isKnownWord = lexicon.isWord(word) || lexicon.spellingsForKey(word).length > 0;
    known.set(detached(word), isKnownWord);
  }
  return isKnownWord;
}

/**
 * isKnown's answers per lexicon: the same words break at line ends again and
 * again in a batch, and two lexicon walks cost more than the rest of the
 * hyphenation stage. Bounded: emptied when full (see reading-cache.ts).
 */
const knownByLexicon = new WeakMap<Lexicon, Map<string, boolean>>();
const MAX_KNOWN_ENTRIES = 50_000;

function knownWords(lexicon: Lexicon): Map<string, boolean> {
  let known = knownByLexicon.get(lexicon);
  if (known === undefined) {
    known = new Map();
    knownByLexicon.set(lexicon, known);
  }
  return known;
}

/**
 * A line end inside a word whose hyphen the OCR lost (`ausfüh⏎ren`,
 * `Pa⏎kete`): neither part is a word, and joined they are one.
 */
export function isLostBreak(head: string, tail: string, lexicon: Lexicon): boolean {
  return !isKnown(head, lexicon) && !isKnown(tail, lexicon) && isKnown(head + tail, lexicon);
}

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * Null when the break must stay as it is: a suspended hyphen (`Ein-⏎und`),
 * or no word after the hyphen. A soft hyphen marks a syllable break by
 * definition; a capitalised tail starts a new word of a compound, unless its
 * I is an l misread and only so the halves make a word (`ziem-⏎Iich`); k-k
 * that join to no word but make one as ck are the old break of ck (`Zuk-⏎ker`).
 */
export function classifyBreak(head: string, tail: string, mark: string, lexicon: Lexicon): BreakDecision | null {
  if (/^\p{Ll}+$/u.test(tail) && SUSPENSION_WORDS.has(tail)) return null;
  if (mark === '\u00ad') return { kind: 'syllable', confidence: 0.95 };
  if (/\d$/u.test(head) || /^\d/u.test(tail)) return { kind: 'compound', confidence: 0.8 };
  // The l that begins the next line read as I (`ziem-⏎Iich`): no compound part, for only with an l do the halves make a word.
  if (/^I\p{Ll}/u.test(tail) && /\p{Ll}$/u.test(head) && !isKnown(head + tail, lexicon) && isKnown(`${head}l${tail.slice(1)}`, lexicon)) {
    return { kind: 'l-read-as-I', confidence: 0.85 };
  }
  if (/^\p{Lu}/u.test(tail)) {
    if (isAllCaps(head) && isAllCaps(tail) && isKnown(head + tail, lexicon)) return { kind: 'syllable', confidence: 0.8 };
    return { kind: 'compound', confidence: 0.85 };
  }
  if (isKnown(head + tail, lexicon)) return { kind: 'syllable', confidence: 0.95 };
  if (head.endsWith('k') && tail.startsWith('k') && isKnown(`${head.slice(0, -1)}c${tail}`, lexicon)) return { kind: 'ck', confidence: 0.9 };
  // No German syllable break leaves a single letter (`x-⏎beliebig`), nor an acronym before lowercase (`ISO-⏎kodiert`).
  if ([...head].length === 1) return { kind: 'compound', confidence: 0.7 };
  if (isAllCaps(head)) return { kind: 'compound', confidence: 0.8 };
  // Both halves words, the whole not (`hin-⏎ging`, `netzwerk-⏎transparente`): most are syllable breaks still.
  if (lexicon.isWord(tail) && isKnown(head, lexicon)) return { kind: 'syllable', confidence: 0.6 };
  return { kind: 'syllable', confidence: 0.8 };
}
