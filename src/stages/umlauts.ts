/**
 * Restores umlauts and ß that OCR lost (fur → für) or misread (Flinfte →
 * Fünfte, begruf3t → begrüßt). The first pass reads every word against the
 * lexicon and measures how much umlaut damage the document shows; the second
 * decides the suspects with that evidence (see src/correction/). Names,
 * code, URLs, acronyms and correct words stay.
 */
import type { TokenReadings } from '../correction/candidates.js';
import { casePattern } from '../correction/casing.js';
import { decide, type Decision } from '../correction/decide.js';
import { EvidenceCounter } from '../correction/evidence.js';
import { ReadingCache } from '../correction/reading-cache.js';
import { compoundTail, contextOf, isCapitalsLine, WORD } from '../correction/tokens.js';
import type { Edit, Stage } from '../types.js';

/** A word that is no word, or a word with an umlaut twin. */
interface Suspect {
  start: number;
  word: string;
  readings: TokenReadings;
  /** Position among all words, for looking at its neighbours. */
  index: number;
}

/** How many words on each side tell the language of a passage. */
const NEIGHBOURS = 4;

export const umlautsStage: Stage = {
  name: 'umlauts',
  description: 'restore lost or misread umlauts and ß from the lexicon',
  run(text, context) {
    const lexicon = context.lexicon();
    const cache = ReadingCache.of(lexicon);
    const counter = new EvidenceCounter();
    const suspects: Suspect[] = [];
    const isGerman: boolean[] = [];
    for (const match of text.matchAll(WORD)) {
      const word = match[0];
      if (word.length < 2) continue;
      const readings = cache.get(word);
      counter.add(word, readings);
      const isWord = readings.isWordAsWritten || readings.isRaisedWord;
      isGerman.push(isWord || readings.candidates.length > 0);
      if (!isWord || readings.candidates.length > 0) suspects.push({ start: match.index, word, readings, index: isGerman.length - 1 });
    }
    const evidence = counter.evidence();
    const decisions = new Map<string, Decision | null>();
    const edits: Edit[] = [];
    for (const { start, word, readings, index } of suspects) {
      const end = start + word.length;
      const where = contextOf(text, start, end);
      if (where.inCode || isAcronym(text, start, word) || isForeignPassage(isGerman, index)) continue;
      const isWord = readings.isWordAsWritten || (readings.isRaisedWord && where.sentenceStart);
      const tail = isWord ? '' : compoundTail(text, end);
      const key = `${where.sentenceStart ? '^' : ''}${word}-${tail}`;
      if (!decisions.has(key)) {
        const token = { text: word, sentenceStart: where.sentenceStart };
        decisions.set(key, decide(token, isWord ? readings : cache.getWithGarbles(word, tail), evidence, lexicon));
      }
      const decision = decisions.get(key);
      if (decision) edits.push({ start, end, ...decision });
    }
    return edits;
  },
};

/** A short word in capitals outside a heading is an acronym (GNU, USB), not a word to repair. */
function isAcronym(text: string, start: number, word: string): boolean {
  return casePattern(word) === 'upper' && word.length < 5 && !isCapitalsLine(text, start);
}

/**
 * Few neighbours are German words: an English (or other) passage, whose
 * words are not German words with lost umlauts ("The fur trade" stays).
 * Even badly damaged German keeps most of its short words intact.
 */
function isForeignPassage(isGerman: readonly boolean[], index: number): boolean {
  let german = 0;
  let all = 0;
  for (let i = Math.max(0, index - NEIGHBOURS); i <= Math.min(isGerman.length - 1, index + NEIGHBOURS); i++) {
    if (i === index) continue;
    all++;
    if (isGerman[i]) german++;
  }
  return all > 0 && german < all / 3;
}
