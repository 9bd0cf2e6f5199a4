import { describe, expect, it } from 'vitest';
import { applyEdits } from '../src/pipeline.js';
import { umlautsStage } from '../src/stages/umlauts.js';
import { DEFAULT_OPTIONS } from '../src/clean.js';
import type { Edit } from '../src/types.js';
import { fakeLexicon, WORDS } from './helpers/fake-lexicon.js';

const lexicon = fakeLexicon(WORDS);

function editsOf(text: string): Edit[] {
  return umlautsStage.run(text, { options: DEFAULT_OPTIONS, lexicon: () => lexicon });
}

/** The text with the edits a default run applies (confidence ≥ 0.5). */
function repair(text: string): string {
  const applied = editsOf(text)
    .filter((e) => e.confidence >= DEFAULT_OPTIONS.minConfidence)
    .sort((a, b) => a.start - b.start);
  return applyEdits(text, applied);
}

/** A document whose OCR lost every umlaut: the prior for umlaut readings is high. */
const LOST = 'Die Manner konnen fur uns sprechen, sagt er. Das Haus ist fur die Manner. ';
const repairedLost = () => 'Die Männer können für uns sprechen, sagt er. Das Haus ist für die Männer. ';

describe('umlauts stage: restores what OCR lost or garbled', () => {
  it.each([
    ['dots lost', LOST, 'Die Männer können für uns sprechen, sagt er. Das Haus ist für die Männer. '],
    ['Uber mid-sentence is über', `${LOST}Sie sprechen Uber das Haus.`, `${LOST.replace(/Manner/g, 'Männer').replace(/konnen/g, 'können').replace(/fur/g, 'für')}Sie sprechen über das Haus.`],
    ['Uber at a sentence start is Über', 'Uber das Haus sprechen wir.', 'Über das Haus sprechen wir.'],
    ['…and after the mark of a numbered clause or list item', `${LOST}(2) Uber das Haus sprechen wir. b) Uber uns.`, `${repairedLost()}(2) Über das Haus sprechen wir. b) Über uns.`],
    ['…not after a bracket that closes words', `${LOST}Sie sprechen (oft) Uber das Haus.`, `${repairedLost()}Sie sprechen (oft) über das Haus.`],
    ['an umlaut dropped altogether, not a misread letter (ber: über, not her)', `${LOST}Sie sprechen ber das Haus.`, `${repairedLost()}Sie sprechen über das Haus.`],
    ['UBER in a heading is ÜBER', 'UBER DAS HAUS\n\nDas Haus ist gut.', 'ÜBER DAS HAUS\n\nDas Haus ist gut.'],
    ['garbled ö (d) and ß (f3)', 'Die Manner kdnnen uns begruf3t sehen.', 'Die Männer können uns begrüßt sehen.'],
    ['garbled ü (li) and ß (f&)', 'Die fiinfte Sitzung ist die Flinfte der grof&en Manner.', 'Die fünfte Sitzung ist die Fünfte der großen Männer.'],
    ['ß read as B', 'Das ist ausschlieBlich fur uns.', 'Das ist ausschließlich für uns.'],
    ['compound head before a hyphen', 'Die Ausfiihrungs-Bits sind fur uns.', 'Die Ausführungs-Bits sind für uns.'],
    ['a word of its own before a hyphen', `${LOST}Die Uberblick-Bits.`, `${repairedLost()}Die Überblick-Bits.`],
    ['one ordinary letter misread besides the umlaut (h as b)', `${LOST}Das Haus fubrt uns.`, `${repairedLost()}Das Haus führt uns.`],
    ['an uncounted compound whose twin has a common last part', `${LOST}Die Virtualisierungslosungen.`, `${repairedLost()}Die Virtualisierungslösungen.`],
    ['an everyday noun the corpus never counted, garbled (ü read as it)', `${LOST}Die Kithe sagt.`, `${repairedLost()}Die Kühe sagt.`],
    ['…and another (ü read as i)', `${LOST}Die Bihne ist gut.`, `${repairedLost()}Die Bühne ist gut.`],
    ['…(ä read as i)', `${LOST}Der Bir sagt.`, `${repairedLost()}Der Bär sagt.`],
    ['a rare word that is a far commoner one garbled (missen: müssen)', `${LOST}Wir missen das Haus sehen.`, `${repairedLost()}Wir müssen das Haus sehen.`],
    ['a lowercase word with a capital mid-sentence is no word there (ß read as b)', `${LOST}Sie sprechen über ihre Grobe.`, `${repairedLost()}Sie sprechen über ihre Größe.`],
    ['a misread letter whose reading needs no umlaut gets none (Mufter: Mutter, not Mütter)', `${LOST}Die Mufter sagt.`, `${repairedLost()}Die Mutter sagt.`],
    ['…and after er the twin with the umlaut', `${LOST}Er fallt hin.`, `${repairedLost()}Er fällt hin.`],
    ['before a noun the declined adjective, not the comparative (ß read as f)', `${LOST}Ein grofer Mann sagt.`, `${repairedLost()}Ein großer Mann sagt.`],
    ['…elsewhere the more common comparative', `${LOST}Das Haus ist grofer als das.`, `${repairedLost()}Das Haus ist größer als das.`],
    ['right after als the conditional (als hätte er)', `${LOST}Es war, als hatte er uns.`, `${repairedLost()}Es war, als hätte er uns.`],
    ['after an infinitive würde, not the past passive (interessieren würde)', `${LOST}Er sagt, dass ihn das interessieren wurde.`, `${repairedLost()}Er sagt, dass ihn das interessieren würde.`],
    ['one ordinary letter misread alone (l as i)', `${LOST}Der Befehi ist gut.`, `${repairedLost()}Der Befehl ist gut.`],
    ['…at a sentence start, in the lowercase word the capital stands for', `${LOST}Fehit es, dann nicht.`, `${repairedLost()}Fehlt es, dann nicht.`],
    ['…(h as n, its ascender lost)', `${LOST}Er gab inm das Haus.`, `${repairedLost()}Er gab ihm das Haus.`],
    ['…(the long s of old print as f)', `${LOST}Das Haus ift gut.`, `${repairedLost()}Das Haus ist gut.`],
    ['…(a capital I read as l where a quotation begins)', `${LOST}Er sagt: »lch sehe uns.«`, `${repairedLost()}Er sagt: »Ich sehe uns.«`],
    ['…in a long word, a reading the corpus never counted', `${LOST}Er ist verzweitelt.`, `${repairedLost()}Er ist verzweifelt.`],
    ['…an I read as l in an acronym the corpus knows', `${LOST}Die GUl ist gut.`, `${repairedLost()}Die GUI ist gut.`],
    ['…(f as t), in a word the document has once', `${LOST}Das Haus ist aut uns. Das sagt Telle.`, `${repairedLost()}Das Haus ist auf uns. Das sagt Teile.`],
    ['a long word among foreign words', `${LOST}Stateful Packet Inspection (SPI, Paketiiberpriifung) und Network`, `${repairedLost()}Stateful Packet Inspection (SPI, Paketüberprüfung) und Network`],
    ['beside du a modal verb without the umlaut of its plural you (so mußt du, not müßt)', `${LOST}So muBt du sprechen.`, `${repairedLost()}So mußt du sprechen.`],
    ['ü read as ii in a word the lexicon lacks: its shape alone', `${LOST}Es kostet fiinfundachtzigtausend Mark.`, `${repairedLost()}Es kostet fünfundachtzigtausend Mark.`],
    ['…and in a name', `${LOST}Die Miinsterdorfer sagt.`, `${repairedLost()}Die Münsterdorfer sagt.`],
    ['ß read as B or & in a name the lexicon lacks: its shape and place alone', `${LOST}Das sagt Herr HauBler in der Mühlenstra&e.`, `${repairedLost()}Das sagt Herr Haußler in der Mühlenstraße.`],
    ['…at the end of a longer word, and with ü read as ii', `${LOST}Das sagt Herr StrauB in der Siiderstra&e.`, `${repairedLost()}Das sagt Herr Strauß in der Süderstraße.`],
    ['ö read as 6 in a name, where the document lost umlauts', `${LOST}Das sagt Herr B6hm.`, `${repairedLost()}Das sagt Herr Böhm.`],
  ])('%s', (_name, input, expected) => {
    expect(repair(input)).toBe(expected);
  });
});

describe('umlauts stage: leaves alone what is right', () => {
  it.each([
    ['historic spellings', 'Er sagt, daß die Thür offen ist.'],
    ['a name', `${LOST}Das sagt Klose.`],
    ['an English passage', 'The fur trade shaped the early history of Canada, for sure.'],
    ['a URL, an address, a path, code', `${LOST}Siehe http://example.org/fur und fur@example.org, /usr/fur, fur_x = 1.`],
    ['an acronym', 'Das ist FUR uns.'],
    ['schon in a document with umlauts', 'Die Männer können schön singen. Sie ist schon da, für uns. Das Haus wurde groß.'],
    ['ae/oe spelled out by the author', 'Das Haus gehoert uns.'],
    ['a foreign word whose ss never was ß (Ressource)', `${LOST}Die Resource.`],
    ['an infinitive with a capital is a noun anywhere (das Haschen, not Höschen)', `${LOST}Sie sprechen über das Haschen.`],
    ['a verb form after ihr (the plural you takes no umlaut)', `${LOST}Ihr fallt hin.`],
    ['the past tense at the end of an als clause', `${LOST}Es war, als er es hatte.`],
    ['a capitalised non-word the document spells the same way three times (a name)', `${LOST}Das sagt Telle. Das sagt Telle. Das sagt Telle.`],
    ['the tail of a word broken at a hyphen', `${LOST}Das Haus-\naut ist gut.`],
    ['…and its head', `${LOST}Der Befehi-\nzeile ist gut.`],
    ['a capitalised word beside a name no reading explains (Dai Viet is no Dai Viel)', `${LOST}Das sagt Dai Befehi heute.`],
    ['a long token that is two words joined, perhaps a compound the dictionary lacks (not hineingehen)', `${LOST}Wir hineingeben es.`],
    ['a long derivation the dictionary lacks, whose suffix a misread letter would break (Spielbarkeit, not Spielbarkeil)', `${LOST}Die Spielbarkeit ist gut.`],
    ['…nor a garbled compound (Terminalbreite, not Terminölbreite), where the umlauts came through', 'Die Terminalbreite ist für uns gut.'],
    ['an ordinary letter read as an umlaut, in a document whose umlauts came through', `${'Die Männer können für uns sprechen. '.repeat(10)}Der Bir sagt.`],
    ['a misread letter in an English passage', 'The tile shop is on the aut road, said the man in the hat.'],
    ['SS in capitals', 'DIE STRASSE IST GUT'],
    ['a counted compound, though its twin has a common last part (Text)', `${LOST}Das ist Klartext.`],
    ['an everyday noun the corpus never counted, though its umlaut twin is counted (Faden, Fäden)', `${LOST}Er sucht den roten Faden.`],
    ['a past tense the corpus never counted, which a garble would make of a commoner word (hingen, not hängen: ä read as i)', `${LOST}Die Bilder hingen an der Wand.`],
    ['an adjective right after an article, never its verb twin (einem andern Ort, not ändern)', `${LOST}Er ist an einem andern Ort.`],
    ['a capitalised pronoun as common as its lowercase word (im Namen Aller, not Alter)', `${LOST}Das sagt er im Namen Aller.`],
    ['a name after a title, which a dropped ß would make a compound (Frau Grubach, not Grußbach)', `${LOST}Das sagt Frau Grubach.`],
    ['ii that German writes: after a vowel, before one (Dateiinhalte, variieren)', `${LOST}Die Dateiinhalte variieren.`],
    ['…that English writes (asciidoc, skiing), Roman numerals, a token with other glyphs (std3asciirules)', `${LOST}Das asciidoc, skiing, XIII und viii, std3asciirules.`],
    ['…a foreign name in a text whose umlauts came through (Tiina)', 'Tiina sagt, die Männer können für uns sprechen. Das Haus ist schön, die Häuser sind groß, die Straße auch.'],
  ])('%s', (_name, input) => {
    const lostUmlauts = input.startsWith(LOST) ? repair(LOST) : '';
    expect(repair(input)).toBe(lostUmlauts + input.slice(lostUmlauts ? LOST.length : 0));
  });

  it('keeps a real word when its umlaut twin is not clearly more likely (schon, wurde)', () => {
    const text = `${LOST}Er ist schon da, das Haus wurde gebaut.`;
    expect(repair(text)).toContain('schon da, das Haus wurde gebaut.');
  });
});

describe('umlauts stage: a word the corpus counted but the lexicon lacks (root, Sticks)', () => {
  const counting = { ...lexicon, frequency: (word: string) => ({ root: 300, Sticks: 15 })[word] ?? lexicon.frequency(word) };
  const changesIn = (text: string) =>
    umlautsStage
      .run(text, { options: DEFAULT_OPTIONS, lexicon: () => counting })
      .filter((e) => e.confidence >= DEFAULT_OPTIONS.minConfidence)
      .map((e) => `${text.slice(e.start, e.end)}→${e.after}`);

  it.each([
    ['a command name, not rät', `${LOST}Das ist root.`, 'root'],
    ['a loanword, not Stücks', `${LOST}Die Sticks sind da.`, 'Sticks'],
  ])('%s', (_name, text, token) => {
    expect(changesIn(text).filter((p) => p.startsWith(`${token}→`))).toEqual([]);
  });

  it('a token the corpus counted only a few times is still a misread letter (schen: sehen)', () => {
    const fewTimes = { ...lexicon, frequency: (word: string) => ({ schen: 7 })[word] ?? lexicon.frequency(word) };
    const edits = umlautsStage.run(`${LOST}Wir schen das Haus.`, { options: DEFAULT_OPTIONS, lexicon: () => fewTimes });
    expect(edits.map((e) => e.after)).toContain('sehen');
  });

  it('is still repaired when the lexicon word is far more common (Stick → Stück)', () => {
    expect(changesIn(`${LOST}Das Stick sagt.`)).toContain('Stick→Stück');
  });
});

describe('umlauts stage: confidence', () => {
  it('gives every edit a confidence in (0, 1]', () => {
    for (const edit of editsOf(`${LOST}Uber das Haus, kdnnen wir.`)) {
      expect(edit.confidence).toBeGreaterThan(0);
      expect(edit.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is surer of a lost dot in a document without umlauts than in one with them', () => {
    const confidenceOf = (text: string) => editsOf(text).find((e) => text.slice(e.start, e.end) === 'Manner')!.confidence;
    const withUmlauts = 'Die Männer können für uns sprechen, sagt er. Das Häuser für die Manner.';
    expect(confidenceOf(LOST)).toBeGreaterThan(confidenceOf(withUmlauts));
  });

  it('marks a change of a real word (Bar → Bär) as ambiguous, never as certain', () => {
    const edit = editsOf(`${LOST}Der Bar ist da.`).find((e) => e.after === 'Bär');
    expect(edit === undefined || (edit.rule === 'umlaut-ambiguous' && edit.confidence < 0.9)).toBe(true);
  });
});
