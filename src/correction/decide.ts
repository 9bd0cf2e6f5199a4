/**
 * Whether to replace a token by its best umlaut reading, and how sure that
 * is. Every reading (the token as written, each candidate, "a word the
 * lexicon does not know" such as a name) gets a weight
 *
 *   how common the word is × how likely the OCR damage that would turn it into the token,
 *
 * and the confidence of an edit is the share of its weight: a calibrated
 * posterior, not a score.
 */
import { isFormAsWritten, type Lexicon } from '../lexicon/lexicon.js';
import { capitalise, uncapitalise } from '../lexicon/casing.js';
import { FOLDED, foldKey } from '../lexicon/word-automaton.js';
import type { Candidate, TokenReadings } from './candidates.js';
import { isForeignToGerman } from './garble-lattice.js';
import { casePattern, isCapitalised } from './casing.js';
import type { DocumentEvidence } from './evidence.js';
import { grammarFit, type GrammarContext } from './grammar.js';
import { asWrittenFrequency, estimatedFrequency, everydayFrequency, joinedWordsFrequency, uncountedNounFrequency } from './frequency.js';

export interface Decision {
  after: string;
  confidence: number;
  rule: 'umlaut' | 'umlaut-garbled' | 'umlaut-ambiguous';
}

export interface TokenContext extends Partial<GrammarContext> {
  text: string;
  sentenceStart: boolean;
  /** joinedWordsFrequency of the text, when the caller keeps it per word. */
  joinedWords?: number;
  /** Inside a quotation: dialogue, spoken in the present and the conditional even where the text narrates (see WEIGHTS.narrativeTwin). */
  spoken?: boolean;
}

/**
 * The weights of the model. Tuned once on the whole dev set so that the
 * confidences are calibrated, never per page or per word.
 */
const WEIGHTS = {
  /** How fast plausibility falls with the visual cost of the misreading. */
  costScale: 3,
  /**
   * A non-word is damaged even in a document whose umlauts mostly survived…
   * (0.1 until round 20, which in long clean text turned words the dictionary
   * lacks into their twins: Auswahlen, granulare, Rückspulung, Hohe Priorität
   * in the German manual pages; on no OCR page, dev or unseen, did it repair
   * a word that 0.03 leaves.)
   */
  nonWordDamageFloor: 0.03,
  /**
   * …but there its ordinary letters were rarely read for an umlaut: the
   * German model never did so on the dev pages (0 of its changes), while
   * clean text is full of words the lexicon lacks (Diversionen, not Ölversionen).
   */
  ordinaryGarbleFloor: 0.01,
  /** Weight of "correct, but unknown to the lexicon" for a three-letter lowercase token… */
  unknownWord: 0.3,
  /** …and for a capitalised one, which is often a name… */
  unknownName: 0.7,
  /** …and after a title (Frau Grubach: not Grußbach) three times as often: a dropped letter no longer outweighs it, lost dots do (Herr Müller). */
  nameAfterTitle: 3,
  /**
   * A real word in the OCR is most likely read right, and the frequencies
   * were counted in another genre (software manuals): the umlaut twin of a
   * real word needs a clear lead in frequency.
   */
  realWordBias: 0.25,
  /**
   * …and a real word that a garble, not a lost dot, would have made of
   * another (missen for müssen: ü read as i) far more: such a garble must
   * happen and land on a word. The counts are no guard against it in
   * narrative text, whose past tense the corpus (manuals) hardly counts:
   * hingen is no hängen, schliefen no schließen.
   */
  garbledRealWord: 0.1,
  /**
   * …and in narration by half again. There both readings are weighed on
   * everyday German, counted in film dialogue, which says möchten, würde,
   * führen, ändern far more than a story does; the story's past tense, the
   * word as written, is the likelier (Trotzdem mochten wir ihn, als wir in
   * das Dorf einfuhren, die andern fürchteten ihn). On 19 pages of older print
   * (bench:unseen --historic) it kept 4 such words of 4 made wrong, rendered
   * and scanned alike; twins with a clear lead (längst, schöne, Höhe,
   * gefällt, als hätte) stay. Not inside a quotation: dialogue is what those
   * counts were made of („Ich möchte nur wissen“).
   */
  narrativeTwin: 0.5,
  /**
   * The longer a token, the less likely an unknown word happens to sit one
   * misread umlaut away from a lexicon word: the unknown weight halves every
   * this many letters.
   */
  unknownHalvingLetters: 2,
  /**
   * How much of its corpus count an unknown token keeps: the corpus also holds
   * English passages and words OCR damages into (Stick for Stück).
   */
  countedUnknownShare: 0.1,
  /** A token with glyphs German never writes inside a word (ii, 6, B mid-word) is rarely right as written. */
  foreignGlyphs: 0.1,
  /** A capital mid-sentence on a word the lexicon writes in lowercase (headings, titles). */
  raisedMidSentence: 0.2,
  /** A lowercase word where the sentence starts. */
  loweredAtSentenceStart: 0.02,
  /** How much each intact occurrence of the candidate elsewhere in the document adds. */
  twinSupport: 2,
  /** Below this, an edit is not even worth a suggestion. */
  suggestionFloor: 0.25,
};

/** Example: 'fur' in a document without umlauts → { after: 'für', confidence ≈ 0.99 }. */
export function decide(token: TokenContext, written: TokenReadings, evidence: DocumentEvidence, lexicon: Lexicon): Decision | null {
  if (written.candidates.length === 0) return null;
  const readings = weighedReadings(written, lexicon);
  const nominalCount = nominalisedCount(token, readings, lexicon);
  const isNominalised = nominalCount > 0;
  const isWord =
    readings.isWordAsWritten ||
    isNominalised ||
    (readings.isRaisedWord && token.sentenceStart && !isOutrankedCompound(readings, lexicon)) ||
    isImperativeWithoutE(token.text, lexicon);
  // Everyday German vouches only for the word as written: raised mid-sentence, it is rather a noun (Ertrage: Erträge, not ertrage).
  const spellingCount = isNominalised
    ? nominalCount
    : isWord
      ? asWrittenFrequency(readings.spelling, lexicon)
      : readings.isRaisedWord
        ? lexicon.frequency(readings.spelling)
        : 0;
  // Compound estimates decide only among readings the corpus never counted; beside counted ones, an uncounted noun keeps its floor.
  const byEstimates = spellingCount === 0 && readings.candidates.every((candidate) => candidate.frequency === 0);
  const countOf = (spelling: string, count: number, estimate: () => number) =>
    count > 0 ? count : byEstimates ? estimate() : uncountedNounFrequency(spelling, lexicon);
  const spellingWeight = () => countOf(readings.spelling, spellingCount, () => estimatedFrequency(readings.spelling, lexicon)) + 1;
  const asWritten = isWord
    ? spellingWeight() * writtenSupport(token.text, evidence)
    : unknownWordWeight(token, evidence, lexicon) + (readings.isRaisedWord ? spellingWeight() * WEIGHTS.raisedMidSentence * writtenSupport(token.text, evidence) : 0);
  const damageRate = isWord ? evidence.damageRate : Math.max(evidence.damageRate, WEIGHTS.nonWordDamageFloor);
  // Ordinary letters read as an umlaut in a document whose umlauts came through (Diversionen: Ölversionen) have no floor.
  const garbleRate = isWord || isForeignToGerman(token.text, 0) ? damageRate : Math.max(evidence.damageRate, WEIGHTS.ordinaryGarbleFloor);
  let total = asWritten;
  let best: Candidate | undefined;
  let bestWeight = 0;
  // In narration, where everyday German knows the word as written better than the manuals do (fuhren: 17 against 0), its twin is counted on the same scale (führen: 91, not 683).
  const everydayScale = evidence.narrative && isWord && !isNominalised && spellingCount > lexicon.frequency(readings.spelling);
  for (const candidate of readings.candidates) {
    const count = countOf(candidate.spelling, narrativeCount(candidate, evidence, isWord, everydayScale, lexicon), () => candidate.estimatedFrequency);
    const rate = hasLostOnlyDots(candidate.text, token.text) ? damageRate : garbleRate;
    const weight = candidateWeight(candidate, count, token, rate, evidence, isWord, lexicon);
    total += weight;
    if (weight > bestWeight) {
      best = candidate;
      bestWeight = weight;
    }
  }
  const confidence = bestWeight / total;
  if (best === undefined || confidence < WEIGHTS.suggestionFloor) return null;
  return { after: best.text, confidence, rule: isWord ? 'umlaut-ambiguous' : hasLostOnlyDots(best.text, token.text) ? 'umlaut' : 'umlaut-garbled' };
}

/**
 * A capitalised adjective after an article is its noun (Karl der Große, not
 * Größe) where the corpus writes it so: a word, as common as the corpus has it
 * with its capital (Große: 76). 0 where it is not one (die Baren, never
 * counted, is Bären with its dots lost; das Gelinde: Gelände).
 */
export function nominalisedCount(token: Pick<TokenContext, 'text' | 'sentenceStart' | 'afterArticle'>, readings: TokenReadings, lexicon: Lexicon): number {
  return readings.isRaisedWord && !token.sentenceStart && token.afterArticle === true ? lexicon.frequency(token.text) : 0;
}

/**
 * The weight of "a correct word the lexicon does not know". The corpus counts
 * such words too (root, Bootloader, Sticks: loanwords, commands): a token it
 * counted is that likely to be right as written, at a share of its count.
 * A token that is two words joined may be a compound the dictionary lacks
 * (Terminalbreite), as likely as a compound reading of the same last part —
 * in a document whose umlauts came through: where they were lost, the parts
 * of a compound often lost theirs too (Ruckreise: Ruck + Reise).
 */
function unknownWordWeight(token: TokenContext, evidence: DocumentEvidence, lexicon: Lexicon): number {
  const base = isCapitalised(token.text) ? WEIGHTS.unknownName * (token.afterTitle ? WEIGHTS.nameAfterTitle : 1) : WEIGHTS.unknownWord;
  const garbled = casePattern(token.text) !== 'upper' && isForeignToGerman(token.text, 0) ? WEIGHTS.foreignGlyphs : 1;
  const counted = WEIGHTS.countedUnknownShare * lexicon.frequency(token.text);
  const joined = (token.joinedWords ?? joinedWordsFrequency(token.text, lexicon)) * (1 - evidence.damageRate);
  return counted + joined + base * garbled * 2 ** (-(token.text.length - 3) / WEIGHTS.unknownHalvingLetters);
}

/**
 * Against a real word, a candidate needs frequency evidence of its own (both
 * are often unseen compounds: Fahrstuhl/Fährstuhl), counted, like the word,
 * with one added: where the corpus counted neither, only the grammar around
 * them (wascht man: wäscht) or the document's intact twins can lift it.
 * Against a non-word, an unseen candidate is still the best explanation.
 */
function candidateWeight(
  candidate: Candidate,
  count: number,
  token: TokenContext,
  damageRate: number,
  evidence: DocumentEvidence,
  againstWord: boolean,
  lexicon: Lexicon,
): number {
  const frequency = againstWord
    ? WEIGHTS.realWordBias * (evidence.narrative && token.spoken !== true ? WEIGHTS.narrativeTwin : 1) * (foldKey(candidate.text) === foldKey(token.text) ? 1 : WEIGHTS.garbledRealWord) * (count + 1)
    : count + 1;
  const twins = evidence.wordCounts.get(candidate.text.toLowerCase()) ?? 0;
  const fit = caseFit(candidate, token) * grammarFit(candidate, token, againstWord, lexicon);
  return frequency * damageRate * Math.exp(-WEIGHTS.costScale * candidate.cost) * fit * (1 + WEIGHTS.twinSupport * twins);
}

/**
 * A real word the document writes again elsewhere supports itself as its
 * intact twin supports a candidate (see candidateWeight), as far as the
 * document's umlauts came through: where they were lost, its other
 * occurrences may be its damaged twin too. A clean text that writes
 * `konnte` 500 times and `könnte` 10 times keeps its `Konnte`.
 */
function writtenSupport(word: string, evidence: DocumentEvidence): number {
  const others = (evidence.wordCounts.get(word.toLowerCase()) ?? 1) - 1;
  return 1 + WEIGHTS.twinSupport * others * (1 - evidence.damageRate);
}

/**
 * How common a candidate is where the document narrates: against a real word
 * the everyday counts are the scale when they know the word better (see
 * everydayScale in decide); against a non-word a lowercase candidate takes
 * whichever count is larger, since the manuals hardly know the past tenses
 * that narration is made of (safs: saß, 0 in the corpus, 37 in everyday
 * German). Not a noun: the everyday counts would raise Käse over the name
 * Kose (Herr Kose sagte es).
 */
function narrativeCount(candidate: Candidate, evidence: DocumentEvidence, againstWord: boolean, everydayScale: boolean, lexicon: Lexicon): number {
  if (everydayScale) return everydayFrequency(candidate.spelling, lexicon) || candidate.frequency;
  if (evidence.narrative && !againstWord && casePattern(candidate.spelling) === 'lower') return Math.max(candidate.frequency, everydayFrequency(candidate.spelling, lexicon));
  return candidate.frequency;
}

/**
 * The capitalised token is a word at a sentence start only as an adjective
 * compound of the rules (Osterreicher: oster + reicher), while a candidate is
 * a word of the dictionary itself (Österreicher): the dictionary's word
 * outranks the reading the rules build, as in the lexicon's own order of
 * spellings, so the token is weighed as a non-word. (A lowercase token the
 * rules build, vielfaltigen, meets its twin by frequency.)
 */
function isOutrankedCompound(readings: TokenReadings, lexicon: Lexicon): boolean {
  if (lexicon.isDictionaryWord === undefined || lexicon.isDictionaryWord(readings.spelling)) return false;
  return readings.candidates.some((candidate) => lexicon.isDictionaryWord!(candidate.spelling));
}

/**
 * The readings as they are weighed: against a raised token, an infinitive
 * made a noun as raised too (asRaisedTwin); and a capitalised candidate that
 * is only a compound the rules build, where its lowercase twin is a form of
 * the dictionary itself, as that form raised (Uberfliege: überfliege, the
 * verb, or Überfliege where a sentence starts, not the noun Über + Fliege).
 */
function weighedReadings(written: TokenReadings, lexicon: Lexicon): TokenReadings {
  let candidates = written.isRaisedWord ? written.candidates.map((candidate) => asRaisedTwin(candidate, lexicon)) : written.candidates;
  const isForm = lexicon.isForm?.bind(lexicon);
  if (isForm !== undefined && candidates.length > 1) {
    candidates = candidates.map((candidate) => {
      if (candidate.raisedCase || isForm(candidate.spelling)) return candidate;
      const form = candidates.find((other) => other.text !== candidate.text && other.text.toLowerCase() === candidate.text.toLowerCase() && isForm(other.spelling));
      return form === undefined ? candidate : { ...candidate, raisedCase: true, spelling: form.spelling, frequency: form.frequency, estimatedFrequency: form.estimatedFrequency };
    });
  }
  return candidates === written.candidates ? written : { ...written, candidates };
}

/**
 * A candidate that is an infinitive made a noun (Kränken: das Kränken),
 * against a token that is a raised word itself, weighed as the infinitive
 * raised: both are nouns made of a verb or an adjective (der Kranken, not
 * Kränken; dem Erkalten, not Erkälten), and the dictionary listing one of
 * them as a noun says nothing about which was printed. Not a noun's plural
 * in -en (Fällen: Fälle) nor a noun of its own (die Baren: Bären).
 */
function asRaisedTwin(candidate: Candidate, lexicon: Lexicon): Candidate {
  const { spelling } = candidate;
  if (candidate.raisedCase || !isCapitalised(spelling) || !spelling.endsWith('en') || isFormAsWritten(spelling.slice(0, -1), lexicon)) return candidate;
  const infinitive = uncapitalise(spelling);
  if (!lexicon.isWord(infinitive)) return candidate;
  return { ...candidate, raisedCase: true, spelling: infinitive, frequency: lexicon.frequency(infinitive), estimatedFrequency: 0 };
}

/**
 * A lowercase token the dictionary lacks that is a verb's imperative without
 * its -e, as speech writes it (behalt deinen Dienst: behalte, behalten), and
 * everyday German uses: a word, whose umlaut twin (behält) needs a clear lead
 * to replace it, as any real word's does. Not where the -e or -en makes no
 * word (fur: fure, furen), nor a past tense everyday German never writes so
 * (konnt: konnte, konnten), nor a noun's lowercase (mut: Mut, for mußt).
 */
function isImperativeWithoutE(token: string, lexicon: Lexicon): boolean {
  return (
    casePattern(token) === 'lower' &&
    everydayFrequency(token, lexicon) > 0 &&
    !lexicon.isWord(token) &&
    !lexicon.isWord(capitalise(token)) &&
    lexicon.isWord(`${token}e`) &&
    lexicon.isWord(`${token}en`)
  );
}

/** How well the candidate's case fits the place of the token. */
function caseFit(candidate: Candidate, token: TokenContext): number {
  if (candidate.raisedCase) return token.sentenceStart ? 1 : WEIGHTS.raisedMidSentence;
  if (token.sentenceStart && isCapitalised(token.text) && !isCapitalised(candidate.text)) return WEIGHTS.loweredAtSentenceStart;
  return 1;
}

/** The token is the spelling with only the dots lost (Männer → Manner). */
function hasLostOnlyDots(spelling: string, token: string): boolean {
  if (spelling.length !== token.length) return false;
  for (let i = 0; i < spelling.length; i++) {
    const letter = spelling[i]!;
    if (letter !== token[i] && (letter === 'ß' || FOLDED[letter] !== token[i])) return false;
  }
  return true;
}
