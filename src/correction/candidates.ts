/**
 * Candidate spellings with umlauts for one OCR token. Generation is cheap
 * because the lexicon is indexed by the umlaut-free key (ä→a, ö→o, ü→u,
 * ß→ss): the plain case, dots simply lost (fur → für), is one walk with the
 * token itself; garbled spans (Flinfte: li for ü) become other readings of
 * their place in a key lattice (garble-lattice.ts) that the lexicon walks in
 * one pass, so a reading that starts no word costs one failed step, and a
 * long word full of i, l and e stays cheap.
 */
import { latticeKeys, type KeyLattice } from '../lexicon/key-lattice.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { umlautDistance } from './align.js';
import { casePattern, inCaseOf } from './casing.js';
import { estimatedFrequency } from './frequency.js';
import { GARBLE, garbleLattice, isForeignToGerman, MIN_GARBLED_LENGTH, shortWordLattice } from './garble-lattice.js';
import { misreadVariants } from './lookalikes.js';
import { UMLAUT_LETTERS } from './visual-cost.js';

/** A reading of the token with umlauts restored, as it would be written in the text. */
export interface Candidate {
  text: string;
  /** Visual cost of reading `text` as the token (see umlautDistance). */
  cost: number;
  /** A lowercase word given a capital (sentence start or heading). */
  raisedCase: boolean;
  /** The spelling as the lexicon writes it. */
  spelling: string;
  /** How often the corpus has the spelling (lexicon.frequency), looked up once. */
  frequency: number;
  /** When the corpus never has it: how common it is likely to be (see estimatedFrequency). */
  estimatedFrequency: number;
}

/** How the lexicon knows the token itself. */
export interface TokenReadings {
  /** The lexicon writes the token exactly so (or in capitals, for an all-caps token). */
  isWordAsWritten: boolean;
  /** The token is a lowercase word with a capital: a word only at a sentence start. */
  isRaisedWord: boolean;
  /** The lexicon spelling of the token, for its frequency. */
  spelling: string;
  candidates: Candidate[];
}

/** How often, and how many times more often than in lowercase, the corpus must have a capitalised form to call it a noun. */
const MIN_NOUN_COUNT = 5;
const NOUN_RATIO = 2;
/** The print had ß where the reformed lexicon writes ss (SchuB → Schuß): kept as printed, never modernised. */
const OLD_SHARP_S = 0.2;
const NO_READINGS: KeyLattice['readingsAt'] = [];
/** The readings of a token before the lexicon was asked anything. */
const NOTHING_KNOWN: TokenReadings = Object.freeze({ isWordAsWritten: false, isRaisedWord: false, spelling: '', candidates: [] as Candidate[] });
const KEY_BY_KEY_BUDGET = GARBLE;

/**
 * The token's dot-loss readings: one probe with the token as its own key.
 * Example: readingsOf('fur', lexicon).candidates[0].text = 'für'.
 */
export function readingsOf(token: string, lexicon: Lexicon): TokenReadings {
  if (!mayLoseDots(token) && casePattern(token) === 'lower') {
    return { isWordAsWritten: lexicon.isWord(token), isRaisedWord: false, spelling: token, candidates: [] };
  }
  const spellings = spellingsOf(lexicon, { token, readingsAt: NO_READINGS, maxCost: 0 });
  // Most tokens: a word, spelled so by the lexicon, with no umlaut twin.
  if (spellings.length === 1 && spellings[0] === token) return { isWordAsWritten: true, isRaisedWord: false, spelling: token, candidates: [] };
  const readings: TokenReadings = { isWordAsWritten: false, isRaisedWord: false, spelling: token, candidates: [] };
  addSpellings(readings, token, spellings, lexicon);
  if (!readings.isWordAsWritten && !readings.isRaisedWord && lexicon.isWord(token)) readings.isWordAsWritten = true;
  return readings;
}

/**
 * Adds the readings with garbled spans (see garbleLattice), for a token that
 * is no word and has no dot-loss reading. With a `tail`, the token is the
 * head of a hyphenated compound (Ausfiihrungs- in Ausfiihrungs-Bits): the
 * lexicon is asked for head and tail as one word. With `dropped`, an umlaut
 * letter may be missing altogether (mglich), the only damage of the token.
 * Example: withGarbles(readingsOf('kdnnen', l), 'kdnnen', l).candidates[0].text = 'können'.
 */
export function withGarbles(plain: TokenReadings, token: string, lexicon: Lexicon, tail = '', dropped = false): TokenReadings {
  if (plain.candidates.length > 0 && tail === '') return plain;
  const lattice = token.length >= MIN_GARBLED_LENGTH ? garbleLattice(token, tail, dropped) : tail === '' ? shortWordLattice(token) : undefined;
  if (lattice === undefined) return plain;
  const readings: TokenReadings = { ...plain, candidates: [] };
  addSpellings(readings, token, headsOf(spellingsOf(lexicon, lattice), tail), lexicon);
  readings.candidates.sort((a, b) => a.cost - b.cost);
  return sameReadings(readings, plain) ? plain : readings;
}

/**
 * The readings say no more than `before`: where nothing was found, the word
 * memos keep the one object rather than a copy per reading (most suspects of
 * a text are such words, and a memo holds tens of thousands).
 */
function sameReadings(readings: TokenReadings, before: TokenReadings): boolean {
  return (
    readings.candidates.length === 0 &&
    before.candidates.length === 0 &&
    readings.isWordAsWritten === before.isWordAsWritten &&
    readings.isRaisedWord === before.isRaisedWord &&
    readings.spelling === before.spelling
  );
}

/** Shortest token read with a misread ordinary letter: shorter ones are abbreviations and names as often… */
const MIN_LOOKALIKE_LENGTH = 5;
/** …unless it shows a glyph German never writes inside a word (licB: see isForeignToGerman); three glyphs are too few even then. */
const MIN_EVIDENT_LOOKALIKE_LENGTH = 4;
/**
 * From this length on, an uncounted spelling of the dictionary itself
 * qualifies too (verstindnistos → verständnislos): a long non-word does not
 * happen to sit two misreadings away from a word. A compound the rules build
 * does not: with a short head it is easily hit (Diversionen: Ölversionen).
 */
const LONG_LOOKALIKE_LENGTH = 10;

/**
 * Adds readings with one ordinary letter misread as well (fubrt → führt) or
 * read twice in both cases (kKOnnen → können; see lookalikes.ts), for a
 * non-word that nothing else explains. Only spellings
 * the corpus counted qualify (any form of the dictionary, for a long token), and not where the token with that letter
 * replaced is itself a word at least as common (the umlaut would then be a
 * second guess on top of the first).
 * Example: withLookalike(withGarbles(readingsOf('fubrt', l), 'fubrt', l), 'fubrt', l).candidates[0].text = 'führt'.
 */
export function withLookalike(garbled: TokenReadings, token: string, lexicon: Lexicon): TokenReadings {
  if (garbled.isWordAsWritten || garbled.candidates.length > 0) return garbled;
  if (token.length < (isForeignToGerman(token, 0) ? MIN_EVIDENT_LOOKALIKE_LENGTH : MIN_LOOKALIKE_LENGTH)) return garbled;
  const readings: TokenReadings = { ...garbled, candidates: [] };
  const minCount = token.length >= LONG_LOOKALIKE_LENGTH ? 0 : 1;
  for (const variant of misreadVariants(token)) {
    // Most variants read as nothing. Their garbled readings, which hold the dot-loss ones too, are walked first; only
    // where they find something is the variant looked up as it stands (its own word, its dot-loss readings).
    const garbledVariant = withGarbles(NOTHING_KNOWN, variant.text, lexicon);
    if (garbledVariant.candidates.length === 0) continue;
    const plain = readingsOf(variant.text, lexicon);
    const variantCount = plain.isWordAsWritten ? lexicon.frequency(plain.spelling) : 0;
    for (const candidate of plain.candidates.length > 0 ? plain.candidates : garbledVariant.candidates) {
      if (candidate.frequency < minCount || (variantCount > 0 && candidate.frequency <= variantCount)) continue;
      if (candidate.frequency === 0 && lexicon.isForm?.(candidate.spelling) === false) continue;
      const known = readings.candidates.find((c) => c.text === candidate.text);
      if (known === undefined) readings.candidates.push({ ...candidate, cost: candidate.cost + variant.cost });
      else known.cost = Math.min(known.cost, candidate.cost + variant.cost);
    }
  }
  readings.candidates.sort((a, b) => a.cost - b.cost);
  return sameReadings(readings, garbled) ? garbled : readings;
}

/**
 * All spellings of the lattice's keys: in one walk where the lexicon can,
 * else key by key, then with at most one ordinary garble (the keys of a
 * bigger budget would be too many to look up one by one).
 */
function spellingsOf(lexicon: Lexicon, lattice: KeyLattice): readonly string[] {
  if (lexicon.spellingsForLattice !== undefined) return lexicon.spellingsForLattice(lattice);
  const spellings = new Set<string>();
  for (const key of latticeKeys({ ...lattice, maxCost: Math.min(lattice.maxCost, KEY_BY_KEY_BUDGET) })) {
    for (const spelling of lexicon.spellingsForKey(key)) spellings.add(spelling);
  }
  return [...spellings];
}

/** The spellings cut back to the part before `tail` (Ausführungsbits → Ausführungs). */
function headsOf(spellings: readonly string[], tail: string): readonly string[] {
  if (tail === '') return spellings;
  const lowerTail = tail.toLowerCase();
  return spellings.filter((s) => s.length > tail.length && s.toLowerCase().endsWith(lowerTail)).map((s) => s.slice(0, s.length - tail.length));
}

/**
 * Sorts the lexicon's spellings into "the token itself" and candidates with
 * umlauts. The token is itself also where it is a spelling in the ß of
 * before 1996 (mußte: musste), which is no damage: its umlaut twin in that
 * ß (müßte) is weighed as the twin of a word.
 */
function addSpellings(readings: TokenReadings, token: string, spellings: readonly string[], lexicon: Lexicon): void {
  const pattern = casePattern(token);
  const tokenHasDoubleS = /ss|SS/.test(token);
  const isTheToken = (spelling: string, raisedCase: boolean): void => {
    if (!readings.isWordAsWritten) readings.spelling = spelling;
    if (raisedCase) readings.isRaisedWord = true;
    else readings.isWordAsWritten = true;
  };
  for (const spelling of spellings) {
    if (spelling.length < 2) continue;
    for (const cased of inCaseOf(spelling, pattern)) {
      if (cased.text === token) {
        isTheToken(spelling, cased.raisedCase);
        continue;
      }
      const reading = { raisedCase: cased.raisedCase, spelling };
      const text = tokenHasDoubleS ? withPrintedDoubleS(token, cased.text) : cased.text;
      if (hasUmlautLetter(text)) addCandidate(readings, token, text, umlautDistance(token, text), reading, lexicon);
      if (tokenHasDoubleS) continue;
      for (const printed of withOldSharpS(cased.text)) {
        if (printed === token) isTheToken(spelling, cased.raisedCase);
        else addCandidate(readings, token, printed, umlautDistance(token, printed) + OLD_SHARP_S, reading, lexicon);
      }
    }
  }
}

function addCandidate(
  readings: TokenReadings,
  token: string,
  text: string,
  cost: number,
  { raisedCase, spelling }: Pick<Candidate, 'raisedCase' | 'spelling'>,
  lexicon: Lexicon,
): void {
  if (cost === Infinity || text === token || readings.candidates.some((c) => c.text === text)) return;
  let frequency = lexicon.frequency(spelling);
  // A noun the dictionary lists only as its verb (Mühe: mühen, Träne: tränen): counted with its capital far more often than
  // sentence starts explain (Mühe 21, mühe 0; not Überlegt 4, überlegt 3), it is no raised case.
  const counted = raisedCase ? lexicon.frequency(text) : 0;
  if (counted >= MIN_NOUN_COUNT && counted > NOUN_RATIO * frequency) [frequency, raisedCase] = [counted, false];
  readings.candidates.push({ text, cost, raisedCase, spelling, frequency, estimatedFrequency: frequency > 0 ? 0 : estimatedFrequency(spelling, lexicon) });
}

/**
 * Whether the token has a letter that may be an umlaut without its dots (a,
 * o, u) or an ss that may be ß: only then can it have a dot-loss reading, and
 * a lowercase token without one needs no lexicon walk, just a look-up.
 */
function mayLoseDots(token: string): boolean {
  return /[aouAOU]|ss|SS/.test(token);
}

/**
 * Whether the text has ä, ö, ü, Ä, Ö, Ü or ß. A candidate must add one: a
 * spelling without one is at best the token itself in another case.
 */
export function hasUmlautLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xc4 && unit <= 0xfc && UMLAUT_LETTERS.includes(text[i]!)) return true;
  }
  return false;
}

/**
 * The spelling with each ß the token prints as ss written ss again (Grusse →
 * Grüsse, not Grüße; Strasse stays). OCR reads ß as B, fs or 8, never as two
 * clean s (none in the 50 dev pages of either model): an ss was printed so —
 * Swiss text, a print without ß — and changing it would modernise the
 * spelling, not repair the OCR.
 */
function withPrintedDoubleS(token: string, spelling: string): string {
  let text = spelling;
  for (let i = text.indexOf('ß'); i !== -1; i = text.indexOf('ß', i + 1)) {
    const printed = `${text.slice(0, i)}ss${text.slice(i + 1)}`;
    if (umlautDistance(token, printed) < umlautDistance(token, text)) text = printed;
  }
  return text;
}

/**
 * Each ss of a reformed spelling as ß, one at a time (Schuss → Schuß), where
 * the old spelling had ß: at the end of the word or before a consonant. Before
 * a vowel ss was always ss (Ressource, Klasse, müssen), so no Reßource; nor
 * before ch, where the second s begins sch (Aus-schütten), so no Außchütten.
 */
function withOldSharpS(spelling: string): string[] {
  const variants: string[] = [];
  for (let i = spelling.indexOf('ss'); i !== -1; i = spelling.indexOf('ss', i + 1)) {
    if (i + 2 === spelling.length || mayFollowOldSharpS(spelling, i + 2)) variants.push(spelling.slice(0, i) + 'ß' + spelling.slice(i + 2));
  }
  return variants;
}

/** Whether the letters at `at` may follow an old ß: a consonant, but not the ch of an sch. */
function mayFollowOldSharpS(spelling: string, at: number): boolean {
  return !VOWELS_AFTER_SS.includes(spelling[at]!) && !spelling.startsWith('ch', at);
}

const VOWELS_AFTER_SS = 'aeiouyäöü';
