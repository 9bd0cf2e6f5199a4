/**
 * Diminutives of the dictionary's nouns. igerman98 lists some (Häuschen,
 * Männlein) but lacks most, above all those in -lein that older books are
 * full of (Töchterlein, Röcklein, Geißlein, Bübchen): an OCR token of one
 * then had no reading, and its lost or garbled umlaut stayed (Tochterlein,
 * Biibchen). A diminutive is regular: the noun without a final e, its last a,
 * o, u or au with the umlaut (Tochter → Töchter-, Bube → Büb-, Bauer →
 * Bäuer-; none in ai, ay, eu), then -chen or -lein, and an s for the genitive.
 * Example: diminutivesOf('Rose') = ['Röschen', 'Röschens', 'Röslein', 'Rösleins'].
 */

/** Nouns this long or shorter get diminutives: longer ones are compounds, whose diminutives are rare. */
const MAX_NOUN_LENGTH = 10;
const MIN_NOUN_LENGTH = 3;
const NOUN = /^[A-ZÄÖÜ][a-zäöüß]+$/u;
const SUFFIXES = ['chen', 'chens', 'lein', 'leins'];
const UMLAUT_OF = { a: 'ä', o: 'ö', u: 'ü', A: 'Ä', O: 'Ö', U: 'Ü' };

/** Whether the form is a noun that gets diminutives: capitalised, letters only, 3–10 of them. */
export function takesDiminutive(form) {
  return form.length >= MIN_NOUN_LENGTH && form.length <= MAX_NOUN_LENGTH && NOUN.test(form);
}

/** The diminutives of a noun (see the top of this file). */
export function diminutivesOf(noun) {
  const stem = umlautedStem(noun.endsWith('e') ? noun.slice(0, -1) : noun);
  return SUFFIXES.map((suffix) => stem + suffix);
}

/**
 * The stem with its last a, o or u made an umlaut: of au the a (Bauer →
 * Bäuer), of aa and oo one letter (Haar → Här); none in the diphthongs eu, ai and ay.
 */
function umlautedStem(stem) {
  for (let i = stem.length - 1; i >= 0; i--) {
    const letter = stem[i];
    if (!(letter in UMLAUT_OF)) continue;
    const previous = stem[i - 1]?.toLowerCase();
    // Diphthongs other than au keep their vowels: eu, ai, ay (Freundchen, Mainchen).
    if ((letter === 'u' && previous === 'e') || (letter.toLowerCase() === 'a' && (stem[i + 1] === 'i' || stem[i + 1] === 'y'))) return stem;
    if (letter === 'u' && previous === 'a') return `${stem.slice(0, i - 1)}${UMLAUT_OF[stem[i - 1]]}u${stem.slice(i + 1)}`;
    if (previous === letter) return `${stem.slice(0, i - 1)}${UMLAUT_OF[stem[i - 1]]}${stem.slice(i + 1)}`;
    return `${stem.slice(0, i)}${UMLAUT_OF[letter]}${stem.slice(i + 1)}`;
  }
  return stem;
}
