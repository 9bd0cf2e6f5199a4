/**
 * Candidate spellings with umlauts for one OCR token. Generation is cheap
 * because the lexicon is indexed by the umlaut-free key (ä→a, ö→o, ü→u,
 * ß→ss): the plain case, dots simply lost (fur → für), is one probe with the
 * token itself; garbled spans (Flinfte: li for ü) become other readings of
 * their place in a key lattice that the lexicon walks in one pass, so a
 * reading that starts no word costs one failed step, and a long word full of
 * i, l and e stays cheap.
 */
import { latticeKeys, type KeyLattice, type KeyReading } from '../lexicon/key-lattice.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { umlautDistance } from './align.js';
import { casePattern, inCaseOf } from './casing.js';
import { DOT_LOSS, FOLDED, MAX_SPAN, SHARP_S_LOST, targetsOf } from './visual-cost.js';

/** A reading of the token with umlauts restored, as it would be written in the text. */
export interface Candidate {
  text: string;
  /** Visual cost of reading `text` as the token (see umlautDistance). */
  cost: number;
  /** A lowercase word given a capital (sentence start or heading). */
  raisedCase: boolean;
  /** The spelling as the lexicon writes it, for frequency look-ups. */
  spelling: string;
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

/** A span of the token that may be a garbled umlaut, and the key letters it folds to. */
interface GarbledSpan {
  start: number;
  end: number;
  folded: string;
  cost: number;
  /** Made of glyphs German never writes inside a word (see isForeignToGerman). */
  isForeign: boolean;
}

/** Two garbles in one word are read only among spans German never writes (GroéBe). */
const MAX_SPANS_IN_PAIRS = 5;
/** The print had ß where the reformed lexicon writes ss (SchuB → Schuß): kept as printed, never modernised. */
const OLD_SHARP_S = 0.2;
const VOWELS = 'aeiouyäöüAEIOUYÄÖÜ';

/**
 * The token's dot-loss readings: one probe with the token as its own key.
 * Example: readingsOf('fur', lexicon).candidates[0].text = 'für'.
 */
export function readingsOf(token: string, lexicon: Lexicon): TokenReadings {
  const readings: TokenReadings = { isWordAsWritten: false, isRaisedWord: false, spelling: token, candidates: [] };
  addSpellings(readings, token, lexicon.spellingsForKey(token));
  if (!readings.isWordAsWritten && !readings.isRaisedWord && lexicon.isWord(token)) readings.isWordAsWritten = true;
  return readings;
}

/**
 * Adds the readings with garbled spans folded, for a token that is no word:
 * single spans first, pairs of evident garbles only when no single span gave
 * a word. With a `tail`, the token is the head of a hyphenated compound
 * (Ausfiihrungs- in Ausfiihrungs-Bits): the lexicon is asked for head and
 * tail as one word.
 * Example: withGarbles(readingsOf('kdnnen', l), 'kdnnen', l).candidates[0].text = 'können'.
 */
export function withGarbles(plain: TokenReadings, token: string, lexicon: Lexicon, tail = ''): TokenReadings {
  if (plain.candidates.length > 0 && tail === '') return plain;
  const readings: TokenReadings = { ...plain, candidates: [] };
  const read = (spans: readonly GarbledSpan[], maxReadings: number) =>
    addSpellings(readings, token, headsOf(spellingsOf(lexicon, latticeOf(token, tail, spans, maxReadings)), tail));
  const spans = distinctSpans(garbledSpans(token));
  read(spans, 1);
  if (readings.candidates.length === 0) read(spans.filter((span) => span.isForeign).slice(0, MAX_SPANS_IN_PAIRS), 2);
  readings.candidates.sort((a, b) => a.cost - b.cost);
  return readings;
}

/** The token (and the tail of its compound) with each span as another reading of its place. */
function latticeOf(token: string, tail: string, spans: readonly GarbledSpan[], maxReadings: number): KeyLattice {
  const readingsAt: KeyReading[][] = [];
  for (const { start, end, folded } of spans) (readingsAt[start] ??= []).push({ end, key: folded });
  return { token: token + tail, readingsAt, maxReadings };
}

/** All spellings of the lattice's keys: in one walk where the lexicon can, else key by key. */
function spellingsOf(lexicon: Lexicon, lattice: KeyLattice): readonly string[] {
  if (lexicon.spellingsForLattice !== undefined) return lexicon.spellingsForLattice(lattice);
  const spellings = new Set<string>();
  for (const key of latticeKeys(lattice)) for (const spelling of lexicon.spellingsForKey(key)) spellings.add(spelling);
  return [...spellings];
}

/** The spellings cut back to the part before `tail` (Ausführungsbits → Ausführungs). */
function headsOf(spellings: readonly string[], tail: string): readonly string[] {
  if (tail === '') return spellings;
  const lowerTail = tail.toLowerCase();
  return spellings.filter((s) => s.length > tail.length && s.toLowerCase().endsWith(lowerTail)).map((s) => s.slice(0, s.length - tail.length));
}

/** Sorts the lexicon's spellings into "the token itself" and candidates with umlauts. */
function addSpellings(readings: TokenReadings, token: string, spellings: readonly string[]): void {
  const pattern = casePattern(token);
  for (const spelling of spellings) {
    if (spelling.length < 2) continue;
    for (const cased of inCaseOf(spelling, pattern)) {
      if (cased.text === token) {
        if (!readings.isWordAsWritten) readings.spelling = spelling;
        if (cased.raisedCase) readings.isRaisedWord = true;
        else readings.isWordAsWritten = true;
        continue;
      }
      addCandidate(readings, token, { ...cased, cost: umlautDistance(token, cased.text), spelling });
      if (!/ss|SS/.test(token)) {
        for (const printed of withOldSharpS(cased.text)) {
          addCandidate(readings, token, { ...cased, text: printed, cost: umlautDistance(token, printed) + OLD_SHARP_S, spelling });
        }
      }
    }
  }
}

function addCandidate(readings: TokenReadings, token: string, candidate: Candidate): void {
  if (candidate.cost === Infinity || candidate.text === token || readings.candidates.some((c) => c.text === candidate.text)) return;
  readings.candidates.push(candidate);
}

/** Each ss of a reformed spelling as ß, one at a time (Schuss → Schuß). */
function withOldSharpS(spelling: string): string[] {
  const variants: string[] = [];
  for (let i = spelling.indexOf('ss'); i !== -1; i = spelling.indexOf('ss', i + 1)) {
    variants.push(spelling.slice(0, i) + 'ß' + spelling.slice(i + 2));
  }
  return variants;
}

/**
 * Every span of 1–3 glyphs that looks like an umlaut letter or ß, cheapest
 * first, and every place after a vowel where a ß may have been dropped.
 * Plain a/o/u and ss are left out: the dot-loss probe covers them.
 * Example: garbledSpans('Flinfte') includes { start: 1, end: 3, folded: 'u' }.
 */
export function garbledSpans(token: string): GarbledSpan[] {
  const spans: GarbledSpan[] = [];
  for (let start = 0; start <= token.length; start++) {
    if (start > 0 && VOWELS.includes(token[start - 1]!)) spans.push({ start, end: start, folded: 'ss', cost: SHARP_S_LOST, isForeign: false });
    for (let end = start + 1; end <= Math.min(token.length, start + MAX_SPAN); end++) {
      const span = token.slice(start, end);
      for (const { target, cost } of targetsOf(span)) {
        const folded = FOLDED[target]!.toLowerCase();
        if (cost <= DOT_LOSS || span.toLowerCase() === folded) continue;
        spans.push({ start, end, folded, cost, isForeign: isForeignToGerman(span, start) });
      }
    }
  }
  return spans.sort((a, b) => Number(b.isForeign) - Number(a.isForeign) || a.cost - b.cost);
}

/**
 * Glyphs German spelling never writes inside a word: a digit or symbol, a
 * capital after the first letter, a letter with a foreign accent, a doubled
 * dotted stroke (ii). Such a span is far more likely a garble than one made
 * of ordinary letters, so it is probed first.
 * Example: isForeignToGerman('B', 8) = true (ausschlieBlich).
 */
export function isForeignToGerman(span: string, start: number): boolean {
  if (/ii/.test(span)) return true;
  for (let i = 0; i < span.length; i++) {
    const glyph = span[i]!;
    if (start + i > 0 && !/[a-zäöüß]/.test(glyph)) return true;
  }
  return false;
}

/** One span per position and folded letters (ü and Ü both fold to u), the cheapest. */
function distinctSpans(sortedSpans: GarbledSpan[]): GarbledSpan[] {
  const seen = new Set<string>();
  return sortedSpans.filter((span) => {
    const id = `${span.start}:${span.end}:${span.folded}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
