// A token that is two words joined, one damaged, where the dictionary lacks the compound (real lexicon).
import { describe, expect, it } from 'vitest';
import { readingsOf, withGarbles } from '../src/correction/candidates.js';
import { withSplitCompound } from '../src/correction/split-compound.js';
import { loadLexicon } from '../src/lexicon/load.js';

const lexicon = loadLexicon();

function splitReadings(token: string): string[] {
  const garbled = withGarbles(readingsOf(token, lexicon), token, lexicon);
  return withSplitCompound(garbled, token, lexicon).candidates.map((candidate) => candidate.text);
}

describe('withSplitCompound: one part intact, the other read with its umlaut', () => {
  it.each([
    ['Fundstiicke', 'Fundstücke'], // Fund + Stiicke: ii for ü in the last part, a noun
    ['zurickgibt', 'zurückgibt'], // a separable verb: zurick + gibt, i for ü in the particle
    ['hinunterlauft', 'hinunterläuft'], // both parts words: the head is the intact one, lauft has its twin läuft
    ['voriiberkam', 'vorüberkam'], // a particle read from the damaged head, then a verb form of three letters
    ['herumgewiihlt', 'herumgewühlt'], // an intact particle, then a verb form the corpus never counted, ii for ü
  ])('%s → %s', (token, expected) => expect(splitReadings(token)[0]).toBe(expected));

  it.each([
    ['unshare', 'a part shorter than four letters: uns + hare is no höre'],
    ['zurückgespult', 'an uncounted verb form with its dots merely lost after a particle: the tail may be right (spulen)'],
    ['ungünstigerweise', 'a part that is a word has only its dot-loss twins: weise is no weiße'],
    ['hinunterlief', 'a part that is a word in lowercase has none as a noun either: Lief is no Ließ'],
    ['Kuhlmannswerft', 'a capitalised token with its dots merely lost may be a name'],
    ['fundstiicke', 'a noun compound is not written in lowercase'],
  ])('%s has none (%s)', (token) => expect(splitReadings(token)).toEqual([]));
});
