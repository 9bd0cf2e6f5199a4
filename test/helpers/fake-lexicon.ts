/** A small in-memory Lexicon for unit tests: words with frequencies, folded keys as the real one folds them. */
import { latticeKeys } from '../../src/lexicon/key-lattice.js';
import type { Lexicon } from '../../src/lexicon/lexicon.js';

export function fold(word: string): string {
  return word.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss');
}

export function fakeLexicon(frequencies: Record<string, number>): Lexicon {
  const byKey = new Map<string, string[]>();
  for (const word of Object.keys(frequencies)) byKey.set(fold(word), [...(byKey.get(fold(word)) ?? []), word]);
  const isKnown = (token: string) => token in frequencies;
  return {
    isWord: (token) =>
      isKnown(token) ||
      isKnown(token[0]!.toLowerCase() + token.slice(1)) ||
      (token.length > 1 && token === token.toUpperCase() && (byKey.get(fold(token)) ?? []).some((w) => w.toUpperCase() === token)),
    frequency: (word) => frequencies[word] ?? 0,
    // A listed word that ends in another listed word of 4+ letters stands for a compound of the rules (Klartext: Text).
    isForm: (token) => isKnown(token) && !Object.keys(frequencies).some((part) => part.length >= 4 && part.length < token.length && fold(token).endsWith(fold(part))),
    // A listed word of 4+ letters that ends the token after a head of 2+ letters is a last part (Virtualisierungslösungen: lösungen).
    lastParts: (word) =>
      Object.keys(frequencies)
        .filter((part) => part.length >= 4 && word.length - part.length >= 2 && word.toLowerCase().endsWith(part.toLowerCase()))
        .sort((a, b) => b.length - a.length)
        .map((part) => word.slice(word.length - part.length)),
    spellingsForKey: (token) => byKey.get(fold(token)) ?? [],
    spellingsForLattice: (lattice) => [...new Set([...latticeKeys(lattice)].flatMap((key) => byKey.get(fold(key)) ?? []))],
  };
}

/** The same lexicon as a wrapper that can only look up whole keys (as user-word lexicons may). */
export function keyOnlyLexicon(frequencies: Record<string, number>): Lexicon {
  const { spellingsForLattice: _, ...keyOnly } = fakeLexicon(frequencies);
  return keyOnly;
}

/** Common German words with made-up but realistically ordered frequencies. */
export const WORDS: Record<string, number> = {
  für: 9000, über: 6000, Über: 50, können: 3000, fünfte: 40, zusammenführt: 5, begrüßt: 20, großen: 400, groß: 600,
  Maß: 60, ausschließlich: 200, Eigentümer: 30, ermöglicht: 150, Staatssekretär: 20, Integrationsverständnis: 0,
  Vorschläge: 80, vorschlage: 5, anlässlich: 30, schon: 5000, schön: 600, wurde: 8000, würde: 2500, konnte: 2000,
  könnte: 2100, Hohle: 1, Höhle: 30, fuhren: 40, führen: 900, daß: 0, dass: 7000, Thür: 0, wir: 9000, uns: 5000,
  das: 20000, den: 15000, Haus: 900, Häuser: 200, Bar: 100, Bär: 60, müssen: 2000, Überblick: 90, zu: 20000,
  die: 30000, Klose: 0, Straße: 300, Mann: 800, Männer: 300, auf: 15000, Schuss: 50, außerdem: 400,
  weiß: 300, Ausführungsbits: 0, sehen: 900, sind: 5000, Sitzung: 20, gut: 900, sagt: 500, sprechen: 300, singen: 20,
  Paketüberprüfung: 0, Frühstück: 30, ausführbaren: 5, Paß: 10,
  // the second person of müssen and its plural you (so mußt du, not müßt)
  mußt: 40, müßt: 78,
  // one ordinary letter misread besides the umlaut (see lookalikes.ts)
  führt: 800, fuhrt: 2, enthält: 900, Anführungszeichen: 100, fröhlich: 4, Mutter: 300, Mütter: 50, Gebüsch: 0,
  Ressource: 40, standardmäßig: 300,
  // a printed ss stays ss beside a restored umlaut (Grusse → Grüsse)
  Grüße: 50, gemäß: 200,
  // shape rules: two tall strokes are no ä (hillt), the s of sch is no ß (Aufschiitten)
  hält: 900, hüllt: 0, Ausschütten: 0, Aufschütten: 0,
  ließ: 300, lies: 0, Gebüschgruppe: 0,
  // everyday nouns a software-manual corpus never counted, and a verb form it never counted (see estimatedFrequency)
  Kühe: 0, Bühne: 0, rät: 0, Stücks: 0, Stück: 80, Faden: 0, Fäden: 7, roten: 30, sucht: 40,
  // compounds the corpus never counted: the reading whose last part is common wins (see compoundFrequency)
  Virtualisierungslösungen: 0, Virtualisierungslosungen: 0, Lösungen: 45, Losungen: 0, Klartext: 3, Klärtext: 0, Text: 5000,
  // a lowercase word with a capital mid-sentence (ihre Grobe: Größe), and an infinitive used as a noun (das Haschen)
  grobe: 18, große: 405, Größe: 1259, ihre: 3000, haschen: 1, Höschen: 30,
  // narrative text: a past tense the corpus never counted (hingen, not hängen garbled), an adjective after an article
  // (andern, not the weak verb ändern: änderte), a capitalised pronoun (im Namen Aller, not Alter)
  hingen: 0, hängen: 105, Bilder: 200, Wand: 40, andern: 14, ändern: 1500, änderte: 60, einem: 5000, Ort: 300, aller: 736, Alter: 67, Namen: 400,
  // a name after a title (Frau Grubach), which a reading with a dropped ß makes a compound of the rules
  Frau: 500, Grußbach: 0, Bach: 9,
  // one ordinary letter misread alone (Befehi, aut), and what must not be taken for that (a name, an umlaut lost altogether)
  Befehl: 300, Teile: 500, her: 400, GUI: 234, ihm: 2000, ich: 5000,
  // …in a long word, a reading the corpus never counted (verzweitelt), but not in two words joined (hineingeben)
  verzweifelt: 0, hinein: 50, geben: 300, hineingehen: 0, Spielbarkeil: 0, fehlt: 300, dann: 900,
  // two words joined, a compound the dictionary lacks, is no garbled compound of the rules (Terminalbreite: not Terminölbreite)
  Terminal: 395, breite: 40, Breite: 60, Terminölbreite: 0,
  // a rare word of the dictionary that is a garbled common one (missen: müssen)
  missen: 0,
  // the plural you takes no umlaut (ihr fallt, er fällt)
  fallt: 2, fällt: 400, ihr: 500, hin: 300,
  // an uninflected comparative does not stand before a noun (ein großer Mann, not größer)
  großer: 147, größer: 394, als: 5000,
  // right after als, the conditional (als hätte er)
  hatte: 238, hätte: 153, es: 5000, war: 3000,
  // after an infinitive, würde (interessieren würde)
  interessieren: 40, ihn: 3000,
  da: 3000, gebaut: 40, der: 20000, offen: 100, Siehe: 50, siehe: 300, gesprochen: 30, Der: 100, ist: 20000, und: 25000, sie: 9000, er: 8000, sehr: 3000, nicht: 9000,
};
