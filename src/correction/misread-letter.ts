/**
 * One ordinary letter misread in a word that is then no word: l read as i
 * (Befehi → Befehl, instailieren → installieren), f as t (aut → auf), e as c
 * (nicder → nieder), h as b or n (inm → ihm), r and n that touch as m
 * (femen → fernen), the long s of old print as f
 * (diefer → dieser; every one of a word: Gefchwifter → Geschwister) — the
 * shape pairs of lookalikes.ts, without a
 * lost umlaut (the umlaut readings take those: fubrt → führt); and an I read
 * as l among the capitals of an acronym (GUl → GUI), or as `[` before its
 * word (`[ch` → Ich, see capitalIReadAsBracket). Only where
 * exactly one such reading is a word the corpus knows well and the token
 * itself rare beside it (root, udev stay; see RARE_TOKEN_RATIO). A capitalised token may be a
 * name: its repair is less sure, and one the document spells the same way
 * three times is taken for a name.
 */
import { uncapitalise } from '../lexicon/casing.js';
import { isDictionaryWord, type Lexicon } from '../lexicon/lexicon.js';
import { casePattern } from './casing.js';
import { joinedWordsTails } from './frequency.js';
import { LONG_S_COST, longSVariants, misreadVariants } from './lookalikes.js';
import { endsInElision, followsHyphen, isHyphenBrokenPart } from './tokens.js';

/** How often the corpus must have the reading: a rare word is as likely a coincidence as the repair. */
const MIN_COUNT = 20;
/**
 * From this length on, an uncounted word of the dictionary qualifies too
 * (verzweitelt → verzweifelt): a long non-word does not happen to sit one
 * letter from a word. Not a reading only the lexicon's own adjective
 * compounds accept (dreizeilige is no misread dreizeitige), nor for a token
 * that is two words joined (hineingeben = hinein + geben, not hineingehen),
 * nor where the token ends in a suffix of German derivation the reading
 * breaks: such a token is a derivation the dictionary lacks (Spielbarkeit is
 * no misread Spielbarkeil, Spiel + Bar + Keil).
 */
const LONG_LENGTH = 10;
/** Suffixes that derive words the dictionary may lack (Spielbarkeit, Nutzbarmachung). */
const DERIVATION_SUFFIX = /(?:keit|heit|schaft|ung|lich|isch|bar|sam|haft|los)(?:e[nrms]?|en|s)?$/;
/**
 * A token the corpus counted a few times (schen: 7, the tail of words it
 * broke) is still a misreading of a word counted this many times more often
 * (sehen); one it counted as often as MIN_COUNT is a word of its own (root, udev).
 */
const RARE_TOKEN_RATIO = 100;
/** Marks that open a quotation, whose first word (direct speech) is capitalised. */
const QUOTE_OPENERS = '„»«“‚"';
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
 * has the token; `sentenceStart`: the token begins a sentence.
 * Example: misreadLetter('Der Befehi', 4, 'Befehi', 1, 'Befehl', false) → { after: 'Befehl', confidence: 0.7 }.
 */
export function misreadLetter(
  text: string,
  start: number,
  word: string,
  documentCount: number,
  reading: string | undefined,
  sentenceStart: boolean,
): LetterRepair | null {
  if (reading === undefined) return null;
  const lowercase = casePattern(word) === 'lower';
  const end = start + word.length;
  if ((!lowercase && documentCount >= NAME_COUNT) || casePattern(word) === 'upper' || isHyphenBrokenPart(text, start, end) || followsHyphen(text, start) || endsInElision(text, end)) {
    return null;
  }
  // The l that begins a sentence or a quotation was the capital I (»lch: »Ich), not the small i its reading has.
  const beginsCapitalised = sentenceStart || QUOTE_OPENERS.includes(text[start - 1] ?? '');
  const after = word[0] === 'l' && reading[0] === 'i' && beginsCapitalised ? `I${reading.slice(1)}` : reading;
  return { after, confidence: lowercase ? CONFIDENCE.lowercase : CONFIDENCE.capitalised, rule: 'misread-letter' };
}

/**
 * The one reading of a token with a misread letter undone that is a common word;
 * undefined for none, for more than one, and when an umlaut letter lost
 * altogether explains the token too (ber: her, or über).
 */
export function misreadLetterReading(word: string, lexicon: Lexicon): string | undefined {
  // A capital may only raise a word (Eurer Aller, as old letters write it): a capitalised token is as common as its lowercase word.
  const counted = Math.max(lexicon.frequency(word), casePattern(word) === 'capitalised' ? lexicon.frequency(uncapitalise(word)) : 0);
  if (word.length < MIN_LENGTH || !LETTERS_ONLY.test(word) || counted >= MIN_COUNT) return undefined;
  // An acronym with a small l among its capitals: the l is an I (GUl, ASCIl), if the corpus knows the acronym.
  if (CAPITALS_WITH_L.test(word)) {
    const acronym = word.replaceAll('l', 'I');
    return lexicon.frequency(acronym) >= MIN_COUNT ? acronym : undefined;
  }
  const fits = new Set<string>();
  const isLong = word.length >= LONG_LENGTH;
  for (const { text, cost } of misreadVariants(word, true)) {
    const count = lexicon.frequency(text);
    if (count >= MIN_COUNT ? count > RARE_TOKEN_RATIO * counted && lexicon.isWord(text) : counted === 0 && isLong && cost < LONG_S_COST && !breaksSuffix(word, text) && isDictionaryWord(text, lexicon)) fits.add(text);
  }
  if (fits.size !== 1 || hasLostUmlautReading(word, lexicon) || (isLong && joinedWordsTails(word, lexicon, true).length > 0)) return undefined;
  return [...fits][0];
}

/**
 * The capital I read as an opening bracket (`[ch bin`, `[hre Katze`,
 * `[llustrationszwecke`): a lowercase non-word right after a `[` that no `]`
 * closes on its line, where I and the word make a word the corpus knows well.
 * The edit takes in the bracket. Example: in 'sagt: [ch bin', the edit of
 * [ch is Ich.
 */
export function capitalIReadAsBracket(text: string, start: number, word: string, lexicon: Lexicon): (LetterRepair & { start: number; end: number }) | null {
  if (text.charCodeAt(start - 1) !== 0x5b || casePattern(word) !== 'lower' || lexicon.isWord(word)) return null;
  const closing = text.indexOf(']', start);
  const lineEnd = text.indexOf('\n', start);
  if (closing !== -1 && (lineEnd === -1 || closing < lineEnd)) return null;
  const reading = `I${word}`;
  if (lexicon.frequency(reading) < MIN_COUNT) return null;
  return { start: start - 1, end: start + word.length, after: reading, confidence: CONFIDENCE.capitalised, rule: 'misread-letter' };
}

/**
 * Some of the token's f read as the long s of old print make a word the corpus
 * knows well (fagte: sagte, Gefellfchaft: Gesellschaft): the token is German
 * text in such a print, whatever else misreadLetterReading finds for it.
 */
export function hasLongSReading(word: string, lexicon: Lexicon): boolean {
  return longSVariants(word).some((text) => lexicon.frequency(text) >= MIN_COUNT);
}

/** The token ends in a suffix of derivation that the reading, one letter apart, no longer ends in (Spielbarkeit: Spielbarkeil). */
function breaksSuffix(token: string, reading: string): boolean {
  const suffix = DERIVATION_SUFFIX.exec(token)?.[0];
  return suffix !== undefined && !reading.endsWith(suffix);
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
