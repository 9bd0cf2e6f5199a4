/**
 * Readings of a token that is two words joined, one of them damaged, where
 * the dictionary lacks the compound: Fundstiicke (Fund + Stücke), zurickgibt
 * (zurück + gibt), hinunterlauft (hinunter + läuft). Hunspell's German
 * dictionary builds compounds only from parts flagged for it and has no rule
 * for separable verbs, so such a token is no word to the lexicon whatever its
 * umlauts. The intact part vouches for the split; the damaged one must read
 * as a word the corpus counted or a noun of the dictionary.
 */
import { capitalise, uncapitalise } from '../lexicon/casing.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { readingsOf, withGarbles, type Candidate, type TokenReadings } from './candidates.js';
import { casePattern, isCapitalised } from './casing.js';
import { isForeignToGerman } from './garble-lattice.js';
import { lastPartFrequency, uncountedNounFrequency } from './frequency.js';

/** Shortest part: a shorter word joins too many foreign syllables (uns + hare: höre). */
const MIN_PART = 4;
/** …but after the particle of a separable verb, a verb form of three letters is one (vorüber + kam, hinab + zog). */
const MIN_VERB_PART = 3;
/**
 * The particles of separable verbs that are parts of four letters or more.
 * Hunspell's German dictionary lists some of their verbs (vorübergehen) but
 * not most (vorüberkam, herumwälzte, hinübersprang: older prose is full of
 * them), so a verb form after one may be a reading the corpus never counted.
 */
const PARTICLES: ReadonlySet<string> = new Set(
  (
    'durch empor entgegen entlang fort herab heran herauf heraus herbei herein herüber herum herunter hervor ' +
    'hinab hinauf hinaus hinein hinüber hinunter hinweg nieder voran voraus vorbei vorüber weiter wieder zurecht zurück zusammen'
  ).split(' '),
);
/** Longer tokens are no compound of two words (Donaudampfschifffahrtsgesellschaftskapitän has 42 letters); each split point costs look-ups. */
const MAX_LENGTH = 64;

/**
 * Adds the split readings of a non-word nothing else explains. A capitalised
 * token needs a glyph German never writes inside a word in its damaged part
 * (the ii of Stiicke): with its dots merely lost it is as likely a name
 * or a dialect word (Bandelwurm is no Bändelwurm). The compound takes the case of its last part:
 * a noun compound is capitalised, a verb or adjective one only where a
 * sentence starts (raisedCase).
 * Example: withSplitCompound(readings, 'Fundstiicke', l).candidates[0].text = 'Fundstücke'.
 */
export function withSplitCompound(garbled: TokenReadings, token: string, lexicon: Lexicon): TokenReadings {
  const pattern = casePattern(token);
  if (garbled.isWordAsWritten || garbled.candidates.length > 0 || pattern === 'upper' || token.length < 2 * MIN_PART || token.length > MAX_LENGTH) return garbled;
  const candidates: Candidate[] = [];
  for (let at = MIN_PART; at <= token.length - MIN_VERB_PART; at++) {
    const [head, tail] = [token.slice(0, at), token.slice(at)];
    const headIsWord = lexicon.isWord(head);
    const headIsParticle = PARTICLES.has(head.toLowerCase());
    const isVerbPart = tail.length < MIN_PART;
    if (isVerbPart && headIsWord && !headIsParticle) continue;
    const tailIsNoun = !lexicon.isWord(tail);
    const tailIsWord = !tailIsNoun || lexicon.isWord(capitalise(tail));
    // The intact part is the head where both are words (hinunter + lauft: läuft).
    if (!headIsWord && !tailIsWord) continue;
    const damaged = headIsWord ? tail : head;
    if (pattern === 'capitalised' && !isForeignToGerman(damaged, 0)) continue;
    // An uncounted verb form only for a glyph German never writes (herum + gewiihlt): with its dots merely lost, the tail may be right as written (zurück + gespult).
    const readings = headIsWord ? partReadings([capitalise(tail), tail], lexicon, headIsParticle && isForeignToGerman(tail, 0)) : headReadings(head, lexicon);
    for (const reading of readings) {
      // A verb form of three letters only after a particle read from the head (voriiber + kam).
      if (isVerbPart && !headIsWord && !PARTICLES.has(reading.text.toLowerCase())) continue;
      const text = headIsWord ? head + uncapitalise(reading.text) : reading.text + tail;
      const lastPart = headIsWord ? reading.spelling : tail;
      const lastIsNoun = headIsWord ? isCapitalised(reading.spelling) : tailIsNoun;
      if (pattern === 'lower' && lastIsNoun) continue;
      const known = candidates.find((c) => c.text === text);
      if (known !== undefined) {
        known.cost = Math.min(known.cost, reading.cost);
        continue;
      }
      const frequency = lexicon.frequency(text);
      const raisedCase = pattern === 'capitalised' && !lastIsNoun;
      candidates.push({ text, cost: reading.cost, raisedCase, spelling: text, frequency, estimatedFrequency: frequency > 0 ? 0 : lastPartFrequency(lastPart, lexicon) });
    }
  }
  if (candidates.length === 0) return garbled;
  return { ...garbled, candidates: candidates.sort((a, b) => a.cost - b.cost) };
}

/**
 * The readings of a damaged head (see partReadings), also as a noun and the
 * s that links it to the next part (Aufzéhlungs + typen: Aufzählung + s +
 * Typen), which is no word of its own.
 */
function headReadings(head: string, lexicon: Lexicon): Candidate[] {
  const readings = partReadings([head], lexicon);
  if (!head.endsWith('s') || head.length - 1 < MIN_PART) return readings;
  const nouns = partReadings([head.slice(0, -1)], lexicon).filter((reading) => isCapitalised(reading.spelling));
  return readings.concat(nouns.map((noun) => ({ ...noun, text: `${noun.text}s`, spelling: `${noun.spelling}s` })));
}

/**
 * The umlaut readings of a damaged part, tried in each of `cases`, that the
 * corpus counted or the dictionary lists as a noun, or, with `verbForms`
 * (after a particle), as a lowercase form, a verb's (herum + gewiihlt: gewühlt). A part that is a word
 * itself, in any of the cases, has only its dot-loss twins (lauft: läuft),
 * not garbled readings (weise is no weiße; hinunterlief is no hinunterließ,
 * though Lief is no noun); one that is none may also have dropped a letter (zurck).
 */
function partReadings(cases: string[], lexicon: Lexicon, verbForms = false): Candidate[] {
  const plain = cases.map((part) => readingsOf(part, lexicon));
  const isWord = plain.some((readings) => readings.isWordAsWritten);
  const isVerbForm = (spelling: string): boolean => verbForms && casePattern(spelling) === 'lower' && (lexicon.isForm?.(spelling) ?? false);
  return cases.flatMap((part, i) => {
    const readings = isWord ? plain[i]! : withGarbles(plain[i]!, part, lexicon, '', true);
    return readings.candidates.filter(
      (candidate) => candidate.frequency > 0 || uncountedNounFrequency(candidate.spelling, lexicon) > 0 || isVerbForm(candidate.spelling),
    );
  });
}
