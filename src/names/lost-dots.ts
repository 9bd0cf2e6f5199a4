/**
 * A name whose dots OCR lost everywhere but where it garbled them: `Bauerle`
 * seven times beside `Baéuerle` twice (a story's Bäuerle), `Kroger` beside
 * `Kréger`. No dictionary knows the name, so the umlauts stage leaves both
 * spellings; but the garble shows where the dots were, as one of its readings
 * (garble-lattice.ts) is the plain spelling with umlauts. Both are then that
 * reading. Not where the garbles read as different names (`Kréger` and
 * `Kräger` for one `Kroger`), nor for a form of the dictionary (`Bauer`).
 * Example: namesWithDots(new Map([['Bauerle', 7], ['Baéuerle', 2]]), lexicon)
 * = Map { 'Bauerle' => 'Bäuerle', 'Baéuerle' => 'Bäuerle' }.
 */
import { garbleLattice } from '../correction/garble-lattice.js';
import { capitalise } from '../lexicon/casing.js';
import { latticeAccepts, latticeKeys, type KeyLattice } from '../lexicon/key-lattice.js';
import { isFormAsWritten, type Lexicon } from '../lexicon/lexicon.js';
import { foldKey } from '../lexicon/word-automaton.js';

/** A name as OCR without a German model writes it: a capital, then plain small letters, an a, o or u among them. */
const PLAIN_NAME = /^\p{Lu}[a-z]*[aou][a-z]*$/u;
/**
 * A spelling that shows the garbles OCR makes of dots: é, è or ë (kénnen,
 * Baéuerle), or ii between consonants (Miiller). Not the letters of other
 * alphabets' names (Hangŭl, Malaiisch, Kiini in a list of languages).
 */
const GARBLED = /[éèëÉ]|[b-df-hj-np-tv-z]ii[b-df-hj-np-tv-z]/i;
/** Shorter names are too close to too many others. */
const MIN_LENGTH = 4;
/** Readings of one garbled spelling looked at, at most: a long one has many. */
const MAX_KEYS = 500;
/** Letters a garble adds or takes (aé for ä, ii for ü): a plain name further off in length is another name. */
const MAX_LENGTH_CHANGE = 2;

/** The document's capitalised words (`counts`: word → occurrences) that are one name with its dots restored. */
export function namesWithDots(counts: ReadonlyMap<string, number>, lexicon: Lexicon): Map<string, string> {
  const repairs = new Map<string, string>();
  // Most pages garble no name: the cheap test first, the plain spellings only where one does.
  const garbledWords = [...counts.keys()].filter((word) => word.length >= MIN_LENGTH && GARBLED.test(word));
  if (garbledWords.length === 0) return repairs;
  /** The plain spellings by their capital, which OCR keeps where it garbles the dots after it. */
  const plainByInitial = new Map<string, string[]>();
  for (const word of counts.keys()) {
    if (word.length >= MIN_LENGTH && PLAIN_NAME.test(word)) plainByInitial.set(word[0]!, [...(plainByInitial.get(word[0]!) ?? []), word]);
  }
  /** Each plain name's readings with dots, from all its garbled spellings. */
  const readings = new Map<string, Set<string>>();
  const garbledOf = new Map<string, string[]>();
  for (const word of garbledWords) {
    const near = (plainByInitial.get(word[0]!) ?? []).filter((name) => Math.abs(name.length - word.length) <= MAX_LENGTH_CHANGE);
    if (near.length === 0 || lexicon.isWord(word)) continue;
    const lattice = garbleLattice(word, '');
    const plain = new Map(near.map((name) => [foldKey(name), name] as const).filter(([key]) => latticeAccepts(lattice, key)));
    const reading = plain.size === 0 ? undefined : readingWithDots(lattice, plain);
    if (reading === undefined) continue;
    const name = plain.get(foldKey(reading))!;
    readings.set(name, (readings.get(name) ?? new Set()).add(reading));
    garbledOf.set(name, [...(garbledOf.get(name) ?? []), word]);
  }
  for (const [name, found] of readings) {
    // A form of the dictionary is a word (Bauer); a compound its rules build may be a name misread (Bauerle: Bau + Erle).
    if (found.size !== 1 || isFormAsWritten(name, lexicon)) continue;
    const [reading] = found;
    repairs.set(name, reading!);
    for (const garbled of garbledOf.get(name)!) repairs.set(garbled, reading!);
  }
  return repairs;
}

/** The garbled spelling (its lattice) read with umlauts where its garbles are, as one of the plain names; undefined where none is, or several are. */
function readingWithDots(lattice: KeyLattice, plain: ReadonlyMap<string, string>): string | undefined {
  let seen = 0;
  let found: string | undefined;
  for (const key of latticeKeys(lattice)) {
    if (++seen > MAX_KEYS) return undefined;
    // One letter's dots, as a name has (Bäuerle; not Künä for Kiini).
    if (key.match(/[äöü]/g)?.length !== 1 || !plain.has(foldKey(key))) continue;
    const reading = capitalise(key);
    if (found !== undefined && found !== reading) return undefined;
    found = reading;
  }
  return found;
}
