/**
 * Restores umlauts and ß that OCR lost (fur → für) or misread (Flinfte →
 * Fünfte, begruf3t → begrüßt). The first pass reads every word against the
 * lexicon and measures how much umlaut damage the document shows; the second
 * decides the suspects with that evidence (see src/correction/). A non-word
 * no umlaut explains may have one ordinary letter misread (Befehi → Befehl,
 * misread-letter.ts): the same pass finds it, at no extra cost per word.
 * Names, code, URLs, acronyms and correct words stay.
 */
import { casePattern } from '../correction/casing.js';
import { decide, nominalisedCount, type Decision, type TokenContext } from '../correction/decide.js';
import { EvidenceCounter, type DocumentEvidence } from '../correction/evidence.js';
import { grammarAt, grammarKey, isOldDative } from '../correction/grammar.js';
import { weighNeighbours, type TwinEdit } from '../correction/neighbours.js';
import { capitalIReadAsBracket, misreadLetter } from '../correction/misread-letter.js';
import { dottedStrokesRepair } from '../correction/dotted-strokes.js';
import { glyphShapesRepair } from '../correction/glyph-shapes.js';
import { isBesideName, isForeignPassage, isUppercaseUnit } from '../correction/passage.js';
import type { TokenReadings } from '../correction/candidates.js';
import { ReadingCache, type WordReadings } from '../correction/reading-cache.js';
import { brokenWordOf, compoundTail, contextOf, followsInnerApostrophe, forEachWord, isCapitalsLine, isDoubledWord, isPartOfLongerToken, startsSentence } from '../correction/tokens.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { Quotations } from '../quotes/quotations.js';
import { LineVerdicts } from '../text/line-verdicts.js';
import type { Edit, Stage } from '../types.js';
import { isDotlessAbbreviation } from './abbreviations.js';

/** A word with a candidate reading: a non-word, or a word with an umlaut twin. */
interface Suspect {
  start: number;
  readings: WordReadings;
  /** The next part when the word is the head of a hyphenated compound (Ausfiihrungs-Bits). */
  tail: string;
  /** Position among all words, for looking at its neighbours. */
  index: number;
}

/**
 * A word this long with a German reading is German even among foreign words
 * ("Stateful Packet Inspection (SPI, zustandsorientierte Paketiiberpriifung)"):
 * other languages do not happen to spell long German words.
 */
const LONG_WORD = 10;

export const umlautsStage: Stage = {
  name: 'umlauts',
  description: 'restore lost or misread umlauts and ß from the lexicon, and single misread letters (Befehi → Befehl)',
  run(text, context) {
    const lexicon = context.lexicon();
    const cache = ReadingCache.of(lexicon);
    const counter = new EvidenceCounter();
    const suspects: Suspect[] = [];
    const isGerman: boolean[] = [];
    const words = { starts: [] as number[], ends: [] as number[] };
    /** How often each capitalised non-word without a dot-loss reading occurs: one repeated is more likely a name. */
    const nonWords = new Map<string, number>();
    const capitalsLines = new LineVerdicts(text, isCapitalsLine);
    forEachWord(text, (start, end) => {
      if (end - start < 2) return;
      words.starts.push(start);
      words.ends.push(end);
      const readings = cache.getAt(text, start, end);
      const { plain } = readings;
      counter.add(readings);
      const isWord = plain.isWordAsWritten || plain.isRaisedWord;
      isGerman.push(isWord || plain.candidates.length > 0 || readings.isLongSWord);
      const tail = plain.isWordAsWritten ? '' : compoundTail(text, end);
      // A non-word's garbled readings are looked up only for the suspects that pass the filters below: the costliest step.
      // A lowercase word with a capital is a suspect too, except where it is a word (ihre Grobe: Größe; Die at a sentence start).
      const isSuspect =
        plain.candidates.length > 0 ||
        (!plain.isWordAsWritten && !(plain.isRaisedWord && isRaisedWordHere(readings.word, plain, startsSentence(text, start)))) ||
        readings.mayBeGarbledWord;
      if (isSuspect) suspects.push({ start, readings, tail, index: isGerman.length - 1 });
      if (!isWord && plain.candidates.length === 0 && isUppercaseUnit(text.charCodeAt(start))) nonWords.set(readings.word, (nonWords.get(readings.word) ?? 0) + 1);
    });
    const evidence = counter.evidence();
    // Dialogue is spoken in the present and the conditional: the quotations of a text that narrates (see TokenContext.spoken).
    const quotations = evidence.narrative ? new Quotations(text) : undefined;
    const decisions = new Map<string, Decision | null>();
    const edits: Edit[] = [];
    const twins: TwinEdit[] = [];
    for (const { start, readings, tail, index } of suspects) {
      const { word, plain } = readings;
      if (
        (word.length < LONG_WORD && isForeignPassage(isGerman, index)) ||
        isAcronym(word, start, capitalsLines) ||
        isDoubledWord(text, start, start + word.length) ||
        followsInnerApostrophe(text, start) ||
        // An abbreviation (gewohnl.) is the abbreviations stage's: no misread letter makes it a word.
        (plain.candidates.length === 0 && text.charCodeAt(start + word.length) === 0x2e && isDotlessAbbreviation(word, lexicon))
      )
        continue;
      const bracket = capitalIReadAsBracket(text, start, word, lexicon);
      if (bracket) {
        edits.push(bracket);
        continue;
      }
      const end = start + word.length;
      // The head of a hyphenated compound is read with its tail (getCompoundHead), which may explain it.
      if (tail === '' && readings.isUnreadable && cache.misreadLetterAt(readings, startsSentence(text, start)) === undefined) {
        // What the lexicon cannot read, the shapes of its ü, ß and ö may still tell (fiinfundachtzig, HauBler); its place is read only then.
        const shapes = shapesEdit(word, start, evidence, lexicon);
        if (shapes && !isPartOfLongerToken(text, start, end) && !contextOf(text, start, end).inCode) edits.push(shapes);
        continue;
      }
      const where = contextOf(text, start, end);
      if (where.inCode || isOldDative(text, words, index, word, lexicon)) continue;
      const grammar = grammarAt(text, words, index, word, lexicon);
      const isWord =
        plain.isWordAsWritten ||
        isRaisedWordHere(word, plain, where.sentenceStart) ||
        nominalisedCount({ text: word, sentenceStart: where.sentenceStart, afterArticle: grammar.afterArticle }, plain, lexicon) > 0;
      const isPart = !isWord && tail === '' && isPartOfLongerToken(text, start, end);
      // The halves of a word the hyphenation stage left broken (in a table, say: Standardein‐⏎gabe) are no words to repair when together they are one.
      if (isPart && isBrokenWord(text, start, end, lexicon)) continue;
      const spoken = quotations?.has(start) === true;
      const key = `${spoken ? '"' : ''}${where.sentenceStart ? '^' : ''}${isPart ? '|' : ''}${grammarKey(grammar)}${word}-${isWord ? '' : tail}`;
      let decision = decisions.get(key);
      if (decision === undefined) {
        const token = { text: word, sentenceStart: where.sentenceStart, spoken, ...grammar, joinedWords: isWord ? 0 : readings.joinedWords };
        const chosen = isWord ? (readings.mayBeGarbledWord ? readings.garbledAsWord : plain) : tail === '' ? readings.garbled : cache.getCompoundHead(word, tail);
        decision = decide(token, chosen, evidence, lexicon);
        if (!isWord && tail === '') decision = asWholeWordOrPart(decision, isPart, token, readings, chosen, evidence, lexicon);
        decisions.set(key, decision);
      }
      if (!decision) {
        // No umlaut reading: perhaps an ordinary letter misread alone (Befehi), told apart from foreign words by the passage.
        const letter =
          isWord || isForeignPassage(isGerman, index) || isBesideName(text, words, index, (from, to) => cache.getAt(text, from, to).isUnreadable)
            ? null
            : misreadLetter(text, start, word, nonWords.get(word) ?? 0, cache.misreadLetterAt(readings, where.sentenceStart), where.sentenceStart);
        if (letter) edits.push({ start, end, ...letter });
        else if (!isWord && !isPart) {
          const shapes = shapesEdit(word, start, evidence, lexicon);
          if (shapes && !isForeignPassage(isGerman, index)) edits.push(shapes);
        }
        continue;
      }
      const edit = { start, end, ...decision };
      edits.push(edit);
      if (decision.rule === 'umlaut-ambiguous') twins.push({ edit, index });
    }
    if (twins.length > 0 && context.wordPairs) weighNeighbours(text, edits, twins, words, context.wordPairs());
    return edits;
  },
};

/**
 * The decision for a non-word, by what it is. A part of a longer token misses
 * letters by design, none dropped (Umge‐⏎bungsvariable, 2Wei for Zwei: not
 * 2Weiß), and is no word to split; a whole word that nothing else explains
 * may be a compound the dictionary lacks (see withSplitCompound).
 */
function asWholeWordOrPart(
  decision: Decision | null,
  isPart: boolean,
  token: TokenContext,
  readings: WordReadings,
  chosen: TokenReadings,
  evidence: DocumentEvidence,
  lexicon: Lexicon,
): Decision | null {
  if (isPart) return decision !== null && decision.after.length > token.text.length ? null : decision;
  return decision === null && chosen.candidates.length === 0 ? decide(token, readings.split, evidence, lexicon) : decision;
}

/** A non-word's ß and ö glyphs (glyph-shapes.ts), then its ü read as strokes (dotted-strokes.ts), by their shapes alone: HauBler, Siiderstra&e. */
function shapesEdit(word: string, start: number, evidence: DocumentEvidence, lexicon: Lexicon): Edit | undefined {
  const glyphs = glyphShapesRepair(word, evidence.damageRate, lexicon);
  const strokes = dottedStrokesRepair(glyphs?.after ?? word, evidence.damageRate);
  const repair = strokes ?? glyphs;
  if (repair === undefined) return undefined;
  return { start, end: start + word.length, after: repair.after, rule: repair.rule, confidence: Math.min(glyphs?.confidence ?? 1, strokes?.confidence ?? 1) };
}

/**
 * A lowercase word of the lexicon written with a capital is a word where a
 * sentence starts, and, for an infinitive, anywhere: every German infinitive
 * is also a noun (das Haschen, beim Drucken); after an article, see
 * nominalisedCount. Elsewhere it is not (ihre Grobe: Größe), and its other readings are weighed.
 */
function isRaisedWordHere(word: string, plain: TokenReadings, sentenceStart: boolean): boolean {
  return plain.isRaisedWord && (sentenceStart || (casePattern(word) === 'capitalised' && /[^aeiouäöü]e[rl]?n$/.test(word)));
}

/** The word is a part of a word broken at a line end, and the whole word, as written, is a word (Standardein‐⏎gabe). */
function isBrokenWord(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  const whole = brokenWordOf(text, start, end);
  return whole !== undefined && lexicon.isWord(whole);
}

/** A short word in capitals outside a heading is an acronym (GNU, USB), not a word to repair. */
function isAcronym(word: string, start: number, capitalsLines: LineVerdicts): boolean {
  return casePattern(word) === 'upper' && word.length < 5 && !capitalsLines.at(start);
}
