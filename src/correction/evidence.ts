/**
 * What the whole document says about its umlauts. OCR without a German model
 * loses them everywhere: a long German text with almost no ä/ö/ü/ß and many
 * non-words that become words with one has lost its umlauts, and there the
 * umlaut reading of an ambiguous word (schon/schön) is far more likely than
 * in a document whose umlauts came through. Words the document spells
 * correctly elsewhere support their damaged twins; where the umlauts came
 * through, a word the document writes again and again supports itself.
 */
import type { WordReadings } from './reading-cache.js';

export interface DocumentEvidence {
  /** Estimated share of umlaut letters the OCR lost in this document, 0..1. */
  damageRate: number;
  /**
   * How often the document writes each word with umlauts or ß (intact) and
   * each word with an umlaut twin (konnte, twin of könnte), by lowercase spelling.
   */
  wordCounts: ReadonlyMap<string, number>;
  /** The document tells a story in the past tense (see PAST_TENSES). */
  narrative: boolean;
}

/**
 * Past tenses with no umlaut twin that narration is full of and manuals are
 * not: war, hatte, ging, sagte … Their share of a document's words: 4.5 % on
 * pages of older prose (median of 32, bench:unseen --historic and more), at
 * most 2.4 % on the dev pages (their anecdotes), 1.7 % on manual pages.
 */
const PAST_TENSES: ReadonlySet<string> = new Set(
  (
    'war waren hatte hatten ging gingen kam kamen sagte sagten sah sahen stand standen nahm nahmen fand fanden lag lagen ' +
    'rief riefen fiel fielen hielt hielten trat traten schien schienen blieb blieben zog zogen schrieb schrieben ließ ließen ' +
    'dachte dachten brachte brachten sprach sprachen antwortete fragte lief liefen'
  ).split(' '),
);
/** The share of PAST_TENSES from which a document narrates… */
const NARRATIVE_SHARE = 0.03;
/** …and how many it needs at least: one `war` in a short notice tells no story. */
const NARRATIVE_MIN = 3;

/** Whether the word is one of PAST_TENSES. */
export function isNarrativePast(word: string): boolean {
  return PAST_TENSES.has(word);
}

/**
 * Counts intact umlaut words and non-words that a lost dot explains; the
 * damage rate is their ratio, smoothed so a short text stays undecided (0.5).
 * Example: 40 non-words like 'fur' and no 'für' → damageRate ≈ 0.98.
 */
export class EvidenceCounter {
  private readonly wordCounts = new Map<string, number>();
  private intact = 0;
  private lost = 0;
  private words = 0;
  private pastTenses = 0;

  add(readings: WordReadings): void {
    this.words++;
    if (readings.isNarrativePast) this.pastTenses++;
    const key = readings.countedKey;
    if (key !== null) {
      this.wordCounts.set(key, (this.wordCounts.get(key) ?? 0) + 1);
      if (readings.hasUmlaut) this.intact++;
    } else if (!readings.plain.isWordAsWritten && !readings.plain.isRaisedWord && readings.plain.candidates.length > 0) {
      this.lost++;
    }
  }

  evidence(): DocumentEvidence {
    return {
      damageRate: (this.lost + 1) / (this.lost + this.intact + 2),
      wordCounts: this.wordCounts,
      narrative: this.pastTenses >= NARRATIVE_MIN && this.pastTenses >= NARRATIVE_SHARE * this.words,
    };
  }
}
