/**
 * One ordinary letter misread in a word that is then no word: l read as i
 * (Befehi → Befehl, instailieren → installieren), f as t (aut → auf), e as c
 * (nicder → nieder), h as b — the shape pairs of lookalikes.ts, without a
 * lost umlaut (the umlaut readings take those: fubrt → führt); and an I read
 * as l among the capitals of an acronym (GUl → GUI). Only where
 * exactly one such reading is a word the corpus knows well and the token
 * itself was never counted (root, udev stay). A capitalised token may be a
 * name: its repair is less sure, and one the document spells the same way
 * three times is taken for a name.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { casePattern } from './casing.js';
import { misreadVariants } from './lookalikes.js';

/** How often the corpus must have the reading: a rare word is as likely a coincidence as the repair. */
const MIN_COUNT = 20;
/** Shorter tokens are abbreviations and names as often as misread words. */
const MIN_LENGTH = 3;
/** A capitalised spelling the document repeats this often is a name, not a misreading. */
const NAME_COUNT = 3;
const CONFIDENCE = { lowercase: 0.8, capitalised: 0.7 } as const;
const LETTERS_ONLY = /^\p{L}+$/u;
/** Capitals and at least one small l, two capitals at least: `GUl`, `ASCIl`. */
const CAPITALS_WITH_L = /^(?=(?:.*[A-Z]){2})(?=.*l)[A-Zl]+$/;

export interface LetterRepair {
  after: string;
  confidence: number;
  rule: 'misread-letter';
}

/**
 * The repair of a non-word at text[start…] to `reading` (see
 * misreadLetterReading), or null. `documentCount`: how often the document
 * has the token.
 * Example: misreadLetter('Der Befehi', 4, 'Befehi', 1, 'Befehl') → { after: 'Befehl', confidence: 0.7 }.
 */
export function misreadLetter(text: string, start: number, word: string, documentCount: number, reading: string | undefined): LetterRepair | null {
  if (reading === undefined) return null;
  const lowercase = casePattern(word) === 'lower';
  if ((!lowercase && documentCount >= NAME_COUNT) || !isRepairable(text, start, word)) return null;
  return { after: reading, confidence: lowercase ? CONFIDENCE.lowercase : CONFIDENCE.capitalised, rule: 'misread-letter' };
}

/** Not in capitals (acronyms, code), not the tail of a word broken at a hyphen (Arbeitsspei-⏎cher). */
function isRepairable(text: string, start: number, word: string): boolean {
  if (casePattern(word) === 'upper') return false;
  let before = start - 1;
  while (before >= 0 && (text[before] === '\n' || text[before] === '\r' || text[before] === ' ')) before--;
  return text[before] !== '-' && text[before] !== '\u00ad';
}

/**
 * The one reading of a token with a misread letter undone that is a common word;
 * undefined for none, for more than one, and when an umlaut letter lost
 * altogether explains the token too (ber: her, or über).
 */
export function misreadLetterReading(word: string, lexicon: Lexicon): string | undefined {
  if (word.length < MIN_LENGTH || !LETTERS_ONLY.test(word) || lexicon.frequency(word) > 0) return undefined;
  // An acronym with a small l among its capitals: the l is an I (GUl, ASCIl), if the corpus knows the acronym.
  if (CAPITALS_WITH_L.test(word)) {
    const acronym = word.replaceAll('l', 'I');
    return lexicon.frequency(acronym) >= MIN_COUNT ? acronym : undefined;
  }
  const fits = new Set<string>();
  for (const { text } of misreadVariants(word)) {
    if (lexicon.frequency(text) >= MIN_COUNT && lexicon.isWord(text)) fits.add(text);
  }
  return fits.size === 1 && !hasLostUmlautReading(word, lexicon) ? [...fits][0] : undefined;
}

/** The token with one of ä, ö, ü, ß put in somewhere is a word. */
function hasLostUmlautReading(word: string, lexicon: Lexicon): boolean {
  for (let at = 0; at <= word.length; at++) {
    for (const letter of LOSABLE) {
      const inserted = at === 0 && casePattern(word) === 'capitalised' ? letter.toUpperCase() + word[0]!.toLowerCase() + word.slice(1) : word.slice(0, at) + letter + word.slice(at);
      if (lexicon.isWord(inserted)) return true;
    }
  }
  return false;
}

const LOSABLE = ['ä', 'ö', 'ü', 'ß'];
