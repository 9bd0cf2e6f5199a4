/**
 * Abbreviations whose umlaut lost its dots (`tagl.` → `tägl.`, `nordl.` →
 * `nördl.`, `sudl.` → `südl.`). Guides, reference works and older prose
 * abbreviate much, and no dictionary lists `tägl.`, so the umlauts stage,
 * which reads whole words, has nothing to read them as. The frequency corpus
 * tells what an abbreviation stands for: its words begin with `tägl`
 * (täglich, tägliche) 50 times, never with `tagl`. Only a token that is no
 * word and no known abbreviation, whose dotted reading is no word either
 * (`Muller.` is a name the umlauts stage weighed) but begins many more words
 * than the token does. Runs after the umlauts stage, which leaves such tokens to
 * it, and before the punctuation stage, which asks the same evidence.
 */
import { isInCode, startsSentence } from '../correction/tokens.js';
import { capitalise, uncapitalise } from '../lexicon/casing.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { LETTER, LETTER_OR_NUMBER } from '../text/chars.js';
import { WordMemo } from '../text/word-memo.js';
import { dottedReadings } from '../text/dots.js';
import type { Edit, Stage } from '../types.js';

/** Letters of an abbreviation before its dot: fewer are too few to tell (`Mon.`, `Sun.`), more make a word. */
const MIN_LETTERS = 4;
const MAX_LETTERS = 12;
/** What may stand before an abbreviation: a blank, an opening bracket or quote (not a dot, `z.B.`, nor an address's @ or a hyphen). */
const BEFORE = /[\s([„"'‚»«“]/;
/** More such letters than this and the readings (2^n) are not tried. */
const MAX_DOTLESS = 3;
/** Corpus words beginning with a reading that make it sure (tägl: 50; vorm for vörm: 5 would be a guess). */
const SURE_COUNT = 20;
/** Fewer are no evidence at all. */
const MIN_COUNT = 3;
/**
 * How many times more often than the token's letters a reading must begin
 * corpus words: letters that begin many words themselves are an
 * abbreviation of those (`off.`: offen, offiziell, 817 against 1,556 for öff).
 */
const MIN_RATIO = 20;
/** Confidence at full evidence: a rule of its own, not yet checked against as many pages as the umlaut rules. */
const MAX_CONFIDENCE = 0.9;
/** Below this it is not even worth a suggestion. */
const MIN_CONFIDENCE = 0.2;

export const abbreviationsStage: Stage = {
  name: 'abbreviations',
  description: 'restore umlauts that abbreviations lost (tagl. → tägl., nordl. → nördl.)',
  run(text, context) {
    const edits: Edit[] = [];
    let lexicon: Lexicon | undefined;
    // Dots are few, and most end a sentence after a word: the scan goes from dot to dot, the lexicon asked last.
    for (let dot = text.indexOf('.'); dot !== -1; dot = text.indexOf('.', dot + 1)) {
      const letters = LETTER.runLengthBefore(text, dot);
      const start = dot - letters;
      if (letters < MIN_LETTERS || letters > MAX_LETTERS || (start > 0 && !BEFORE.test(text[start - 1]!)) || LETTER_OR_NUMBER.lengthAt(text, dot + 1) > 0) continue;
      const token = text.slice(start, dot);
      if (!mayBeAbbreviated(token)) continue;
      lexicon ??= context.lexicon();
      if (lexicon.prefixFrequency === undefined) return edits;
      if (lexicon.isWord(token) || isInCode(text, start, dot)) continue;
      const reading = dottedReading(token, startsSentence(text, start), lexicon);
      if (reading !== undefined) edits.push({ start, end: start + token.length, after: reading.text, rule: 'abbreviation-umlaut', confidence: reading.confidence });
    }
    return edits;
  },
};

/**
 * The dotted reading of an abbreviated `token` the corpus vouches for, with
 * how sure it is: the share of the corpus words that begin with it among
 * those that begin with the token or any of its readings, scaled down where
 * they are few.
 * Example: dottedReading('tagl', false, lexicon) = { text: 'tägl', confidence: 0.9 }.
 */
export function dottedReading(token: string, sentenceStart: boolean, lexicon: Lexicon): DottedReading | undefined {
  let memo = readingsOf.get(lexicon);
  if (memo === undefined) readingsOf.set(lexicon, (memo = new WordMemo(MEMO_WORDS, (key) => weighedReading(key.slice(1), key[0] === '^', lexicon) ?? null)));
  return memo.get(`${sentenceStart ? '^' : '-'}${token}`) ?? undefined;
}

interface DottedReading {
  text: string;
  confidence: number;
}

/** The dotted readings found per lexicon and token: a long text ends many sentences with the same garbled words. */
const readingsOf = new WeakMap<Lexicon, WordMemo<DottedReading | null>>();
const MEMO_WORDS = 20_000;

/** A token the stage reads: 4–12 letters, an a, o or u among them, not in capitals (an acronym). */
function mayBeAbbreviated(token: string): boolean {
  return token.length >= MIN_LETTERS && token.length <= MAX_LETTERS && /[aouAOU]/.test(token) && token !== token.toUpperCase();
}

function weighedReading(token: string, sentenceStart: boolean, lexicon: Lexicon): DottedReading | undefined {
  if (!mayBeAbbreviated(token) || isWordOrAbbreviation(token, lexicon)) return undefined;
  const readings = dottedReadings(token, MAX_DOTLESS).filter((reading) => !isWordOrAbbreviation(reading, lexicon));
  if (readings.length === 0) return undefined;
  const begun = (prefix: string): number => wordsBegunBy(prefix, sentenceStart, lexicon);
  const counts = readings.map((text) => ({ text, count: begun(text) })).sort((a, b) => b.count - a.count);
  const best = counts[0]!;
  const plain = begun(token);
  if (best.count < MIN_COUNT || best.count < MIN_RATIO * plain) return undefined;
  const all = counts.reduce((sum, { count }) => sum + count, plain);
  const confidence = MAX_CONFIDENCE * (best.count / all) * Math.min(1, best.count / SURE_COUNT);
  return confidence < MIN_CONFIDENCE ? undefined : { text: best.text, confidence };
}

/**
 * A token before a dot that is no word of the lexicon but whose letters
 * begin many corpus words: an abbreviation, not a word that ends a sentence
 * (for the punctuation stage: `gewöhnl. ist` keeps its dot).
 * Example: isAbbreviation('gewöhnl', lexicon) = true.
 */
export function isAbbreviation(token: string, lexicon: Lexicon): boolean {
  return !isWordOrAbbreviation(token, lexicon) && wordsBegunBy(token, false, lexicon) >= SURE_COUNT;
}

/**
 * A token before a dot whose dotted reading is an abbreviation the corpus
 * vouches for: the abbreviations stage repairs it, so the umlauts stage reads
 * no misread letter into it (`gewohnl.` is no `gewohnt.`).
 * Example: isDotlessAbbreviation('gewohnl', lexicon) = true.
 */
export function isDotlessAbbreviation(token: string, lexicon: Lexicon): boolean {
  return (dottedReading(token, false, lexicon)?.confidence ?? 0) >= MAX_CONFIDENCE / 2;
}

/** A word (a noun written in lowercase too: `wort.`) or an abbreviation the lexicon knows. */
function isWordOrAbbreviation(token: string, lexicon: Lexicon): boolean {
  return lexicon.isWord(token) || lexicon.isWord(capitalise(token)) || lexicon.isWord(`${token}.`);
}

/** How often corpus words begin with `prefix`; a capital at a sentence start may be a lowercase word's. */
function wordsBegunBy(prefix: string, sentenceStart: boolean, lexicon: Lexicon): number {
  const asWritten = lexicon.prefixFrequency?.(prefix) ?? 0;
  const lower = uncapitalise(prefix);
  return sentenceStart && lower !== prefix ? asWritten + (lexicon.prefixFrequency?.(lower) ?? 0) : asWritten;
}
