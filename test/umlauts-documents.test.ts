// The umlaut stage with the real lexicon, on whole documents: where a word stands decides what may be read into it.
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';

/** A document whose OCR lost its umlauts, so damaged readings are likely. */
const LOST = 'Die Manner konnen fur uns sprechen, sagt er. Das Haus ist fur die Manner und fur uns. ';

describe('a compound the dictionary lacks', () => {
  it('is read with its damaged part repaired', () => {
    expect(clean(`${LOST}Er fand geologische Fundstiicke, die er zurickgibt.`).text).toContain('geologische Fundstücke, die er zurückgibt.');
  });

  it('is read with its damaged head and the s that links it (Aufzéhlungs + typen: Aufzählungstypen)', () => {
    expect(clean(`${LOST}Die Aufzéhlungstypen sind gut.`).text).toContain('Die Aufzählungstypen sind gut.');
  });
});

describe('a span of glyphs read as the letter it is most often', () => {
  it('reads ii as ü, whose two strokes it is, before ä with its bowl lost too (Hütte, not Hätte)', () => {
    expect(clean(`${LOST}Er wohnt in einer einsamen Hiitte. Die Geriite sind alt.`).text).toContain('in einer einsamen Hütte. Die Geräte sind alt.');
  });
});

describe('a word of the dictionary against a compound the rules build', () => {
  it('outranks an adjective compound at a sentence start (Österreicher, not oster + reicher)', () => {
    expect(clean(`${LOST}Das sagt er. Osterreicher kann er nicht sein.`).text).toContain('Das sagt er. Österreicher kann er nicht sein.');
  });
});

describe('a strong verb in -t with no ihr in its clause', () => {
  const intact = 'Die Männer können für uns sprechen. ';
  it.each([
    ['is the third person, even where the umlauts came through', 'Das Schwein tragt seinen Namen.', 'Das Schwein trägt seinen Namen.'],
    ['stays the plural you after ihr', 'Dann tragt ihr es, und ihr tragt es gern.', 'Dann tragt ihr es, und ihr tragt es gern.'],
    ['stays where both readings are weak verbs', 'Er druckt es aus.', 'Er druckt es aus.'],
  ])('%s', (_, text, expected) => {
    expect(clean(`${intact}${text}`).text).toBe(`${intact}${expected}`);
  });

  it('is the third person where the umlauts were lost and the corpus counted neither form (wascht man: wäscht)', () => {
    expect(clean(`${LOST}Am Morgen wascht man sie.`).text).toContain('Am Morgen wäscht man sie.');
  });

  it('stays the plural you before ihr, also where the umlauts were lost (dann tragt ihr es)', () => {
    expect(clean(`${LOST}Dann tragt ihr es.`).text).toContain('Dann tragt ihr es.');
  });
});

describe('a long word misread in an ordinary letter too', () => {
  it('is read as a form of the dictionary, not as a compound its rules build (Diversionen is no Ölversionen)', () => {
    const text = 'Die Männer können für uns sprechen. Datei-Diversionen und Konfigurationsfragmentdateien bleiben.';
    expect(clean(text).text).toBe(text);
  });
});

describe('the letters of a token with a digit', () => {
  it('get no dropped letter: 2Wei is Zwei misread, not 2Weiß', () => {
    expect(clean(`${LOST}Er sagt: „2Wei Franken fur die Milch!“`).text).toContain('„2Wei Franken für die Milch!“');
  });
});

describe('an umlaut letter dropped altogether', () => {
  it('is put back in a word', () => {
    expect(clean(`${LOST}Das ist mglich, sagt er ber das Haus.`).text).toContain('Das ist möglich, sagt er über das Haus.');
  });
});

describe('the part of a word broken at a line-end hyphen, where the hyphenation stage keeps it apart', () => {
  it.each([
    ['is no compound to split', 'Das Standardaus‐\ngabegerät und die Hard‐\nwareklasse.'],
    ['misses letters by design, none dropped', 'Die Umge‐\nbungsvariable und die Fehlerfrei‐\nheit.'],
  ])('%s', (_, text) => {
    expect(clean(`${LOST}${text}`, { skip: ['hyphenation'] }).text).toContain(text);
  });
});

describe('a capitalised word after a determiner of the dative singular', () => {
  it.each([
    ['is no dative plural (zum Einkaufen, not Einkäufen)', 'Er fuhr zum Einkaufen in den Ort.', 'Er fuhr zum Einkaufen in den Ort.'],
    ['…but may be a noun whose singular ends in -en (dem Bären)', 'Gott gab dem Baren Kraft.', 'Gott gab dem Bären Kraft.'],
  ])('%s', (_, text, expected) => {
    expect(clean(`${LOST}${text}`).text).toContain(expected);
  });
});

describe('a capitalised adjective after an article', () => {
  const intact = 'Die Männer können für uns sprechen, und die Brücke über den Fluss ist schön. ';
  it('is its noun where the umlauts came through (Karl der Große, not Größe)', () => {
    const text = `${intact}Im Jahre 800 wurde Karl der Große zum Kaiser gekrönt.`;
    expect(clean(text).text).toBe(text);
  });

  it('is still its umlaut twin where they were lost (die Große der Datei: Größe)', () => {
    expect(clean(`${LOST}Die Große der Datei wird angezeigt.`).text).toContain('Die Größe der Datei wird angezeigt.');
  });

  it('is no noun the corpus never wrote with its capital, so a garbled umlaut is still read (das Gelinde: Gelände)', () => {
    expect(clean(`${LOST}Sofern das Gelinde dies hergibt.`).text).toContain('Sofern das Gelände dies hergibt.');
  });
});

describe('an imperative without its -e that the dictionary lacks', () => {
  it('stays where everyday German writes it so (behalt deinen Dienst, not behält)', () => {
    expect(clean(`${LOST}Er rief: Bauer, behalt deinen Dienst!`).text).toContain('Bauer, behalt deinen Dienst!');
  });
  it('…while a verb form it never writes so is still read with its umlaut (die Datei enthalt: enthält)', () => {
    expect(clean(`${LOST}Die Datei enthalt alles.`).text).toContain('Die Datei enthält alles.');
  });
});

describe('a capital U read for a lowercase ü', () => {
  it('is the word of the dictionary, not a noun compound the rules build of the same letters (ich Uberfliege das: überfliege, not Über + Fliege)', () => {
    expect(clean(`${LOST}Ich Uberfliege das rasch.`).text).toContain('Ich überfliege das rasch.');
  });
  it('…and that word raised where a sentence starts', () => {
    expect(clean(`${LOST}Uberfliege das rasch.`).text).toContain('Überfliege das rasch.');
  });
});

describe('a raised word against an infinitive made a noun', () => {
  it.each([
    ['stays where its twin is only the infinitive of a verb (der Kranken, not Kränken)', 'Zur Pflege der Kranken gehört Ruhe.', 'Zur Pflege der Kranken gehört Ruhe.'],
    ['stays beside any verb made a noun (nach dem Erkalten, not Erkälten)', 'Nach dem Erkalten prüfe man es.', 'Nach dem Erkalten prüfe man es.'],
    ['is still a noun of its own with its umlaut (die Baren: Bären)', 'Dort schlafen die Baren.', 'Dort schlafen die Bären.'],
    ['is still a plural in -en with its umlaut (in allen Fallen: Fällen)', 'Das gilt in allen Fallen.', 'Das gilt in allen Fällen.'],
  ])('%s', (_, text, expected) => {
    expect(clean(`${LOST}${text}`).text).toBe(`${LOST.replace(/Manner/g, 'Männer').replace('konnen', 'können').replace(/fur/g, 'für')}${expected}`);
  });
});

describe('the capital I misread', () => {
  it.each([
    ['as an opening bracket no bracket closes', 'Er sagt, dass [hre Katze krank sei.', 'Er sagt, dass Ihre Katze krank sei.'],
    ['…not where a bracket closes it on the line', 'Siehe [hre] und weiter.', 'Siehe [hre] und weiter.'],
    ['as a T (its serifs taken for a bar)', 'Er sagt, dass Thre Katze krank sei.', 'Er sagt, dass Ihre Katze krank sei.'],
  ])('%s', (_, text, expected) => {
    expect(clean(text).text).toBe(expected);
  });
});

describe('ß read as @', () => {
  it('is ß inside a word, also before a full stop (hei@t, gro@.)', () => {
    expect(clean(`${LOST}Er hei@t Hans, die Stra@e ist gro@.`).text).toContain('Er heißt Hans, die Straße ist groß.');
  });

  it('stays in an address, which has a dot after it', () => {
    expect(clean(`${LOST}Schreib an fur@example.org oder info@gro.de.`).text).toContain('Schreib an fur@example.org oder info@gro.de.');
  });
});

describe('a real word and its twin in narration', () => {
  const manual = 'Mit fsck fuhren Sie eine Prufung des Dateisystems durch, und die Ergebnisse konnen Sie spater lesen. ';
  const story = 'Es war ein kalter Morgen. Die Manner sahen nach dem Wetter, dann gingen sie hinaus, und jeden Tag fuhren sie mit den Wagen auf die Felder. ';
  it('weighs the past tense on the counts of everyday German where the text narrates (fuhren stays)', () => {
    expect(clean(story).text).toContain('jeden Tag fuhren sie');
  });
  it('keeps the counts of the manuals elsewhere (fuhren Sie: führen Sie)', () => {
    expect(clean(manual).text).toContain('Mit fsck führen Sie');
  });
  it('counts a non-word\'s candidate on the everyday scale too where the text narrates (safs: saß, which the manuals never count)', () => {
    expect(clean(`${story}Abends safs der Vater am Tisch.`).text).toContain('Abends saß der Vater');
  });
  it('not a noun: the everyday counts would raise a common noun over a name (Kose is no Käse)', () => {
    expect(clean(`${story}Herr Kose sagte es.`).text).toContain('Herr Kose sagte');
  });
  it.each([
    ['mochten, not möchten', 'Trotzdem mochten wir ihn.'],
    ['einfuhren, not einführen', 'Als wir in das Dorf einfuhren, liefen die Kinder neben dem Wagen her.'],
  ])('keeps the story\'s past tense against a twin that film dialogue says more often: %s', (_, sentence) => {
    expect(clean(`${story}${sentence}`).text).toContain(sentence);
  });
  it('reads a weak verb\'s infinitive between an article and a noun as its adjective twin (die schonen Gesimse: schönen)', () => {
    expect(clean(`${story}Er sah die schonen Gesimse. Sie wollten die Kinder schonen.`).text).toContain('die schönen Gesimse. Sie wollten die Kinder schonen.');
  });
  it('weighs dialogue inside a quotation on everyday German, which was counted from dialogue („Keiner mochte ihn hergeben“: möchte)', () => {
    expect(clean(`${story}Er sagte: „Keiner mochte ihn hergeben.“ Trotzdem mochten wir ihn.`).text).toContain('„Keiner möchte ihn hergeben.“ Trotzdem mochten wir ihn.');
  });
  it('still takes a twin with a clear lead in narration (als hätte, längst)', () => {
    expect(clean(`${story}Sie nickte, als hatte sie es langst gewusst.`).text).toContain('als hätte sie es längst gewusst.');
  });
});

describe('where the layout hides a word (found on German manual pages set by man)', () => {
  it.each([
    // The hyphenation stage leaves a break before a line of columns; its halves together are a word.
    ['a word broken before a table line, not gäbe', 'Die Daten kommen aus der Standardein‐\n\t      gabe  und   sind   gut   so.'],
    ['…nor wäre', 'Die Einträge, die den Hard‐\n\t      ware-  headercache   referenzieren.'],
    // A heading in capitals ends its line without a full stop; the next line starts a sentence.
    ['a capitalised adjective after a heading, not Größe', 'Die Männer können für uns sprechen.\n\nWARNUNGEN\n       Große Lücken in den Zahlen haben zur Folge, dass das so ist.'],
  ])('%s', (_, text) => {
    expect(clean(text, { skip: ['whitespace', 'layout', 'hyphenation'] }).text).toBe(text);
  });
});

describe('clean German the lexicon does not cover (found in German message catalogues)', () => {
  it.each([
    // Intact twins elsewhere support a candidate; the word as written, written again and again, supports itself.
    ['a real word the document writes often beside its twin (konnte, könnte)', `${'Er konnte es nicht. '.repeat(6)}${'Das könnte sein. '.repeat(8)}Ob er das wohl konnte?`],
    ['…and with a capital where no sentence starts (Fehler⏎Konnte)', `${'Er konnte es nicht. '.repeat(6)}${'Das könnte sein. '.repeat(8)}Der Fehler\nKonnte nicht behoben werden.`],
    // Two words joined, a compound the dictionary lacks: no misread letter (Vorgabelrennzeichen, Exilstatus, Eigenschattentyp).
    ['a compound whose head is a common word but no form (Vorgabe)', 'Die Männer können für uns sprechen. Das Vorgabetrennzeichen ist der Tabulator.'],
    ['a compound whose head is a counted loanword (Exit)', 'Die Männer können für uns sprechen. Der Exitstatus ist null.'],
    ['a compound whose head has only a compound of the rules as its umlaut twin (Eigen + Schäften)', 'Die Männer können für uns sprechen. Nicht bearbeitbarer Eigenschaftentyp.'],
    ['the suffix after a name and an apostrophe (Boole’schen, not sehen)', 'Die Männer können für uns sprechen. Das erfordert einen Boole’schen Wert.'],
    ['a word cut short with an apostrophe (Hätt’ ich, not Hält), even where a colon opens the sentence', 'Die Männer können für uns sprechen. Da sagte sie: „Hätt’ ich ein Kind!“'],
  ])('%s', (_, text) => {
    expect(clean(text).text).toBe(text);
  });
});

describe('two words joined', () => {
  it('never end in a counted name that looks like a suffix (klaglich is no klag + Lich: kläglich)', () => {
    expect(clean(`${LOST}Seine klaglich dünnen Beine.`).text).toContain('Seine kläglich dünnen Beine.');
  });
});

describe('two letters that touch read as one', () => {
  it('reads an m as the r and n it may be, where only that makes a common word (femen: fernen)', () => {
    expect(clean(`${LOST}Die Programme laufen auf dem femen Rechner.`).text).toContain('auf dem fernen Rechner.');
  });
});

describe('a non-word in a long document whose umlauts came through', () => {
  it('is a word the dictionary lacks, not a lost dot (Auswahlen, not Auswählen)', () => {
    const intact = 'Die Männer können für uns sprechen, und die Größe ist gut. '.repeat(15);
    expect(clean(`${intact}Eine Steuerung der Auswahlen ist möglich.`).text).toBe(`${intact}Eine Steuerung der Auswahlen ist möglich.`);
  });
});

describe('an abbreviation whose umlaut lost its dots', () => {
  it('is the abbreviations stage’s to repair, with no misread letter read into it and its dot kept (gewohnl. is no gewohnt,)', () => {
    expect(clean(`${LOST}Die Kosten sind gewohnl. hoch, der Laden ist tagl. offen und liegt nordl. davon.`).text).toContain(
      'Die Kosten sind gewöhnl. hoch, der Laden ist tägl. offen und liegt nördl. davon.',
    );
  });

  it('leaves an English word before a dot (off.), whose own letters begin German words too', () => {
    expect(clean(`${LOST}Der Schalter steht auf off. Dann geht es.`).text).toContain('auf off. Dann');
  });
});

describe('a word between a preposition and a noun', () => {
  it('is an adjective: mit schonen Anlagen (schonen is a verb as written)', () => {
    expect(clean(`${LOST}Der Hofgarten mit schonen Anlagen und Brunnen. Sie wollen die Kinder schonen.`).text).toContain(
      'Der Hofgarten mit schönen Anlagen und Brunnen. Sie wollen die Kinder schonen.',
    );
  });
});

describe('an old dative singular in -e outside a dative', () => {
  it('is its umlaut plural (die Kopfe: Köpfe), where a determiner of the dative or a preposition keeps it (im Kopfe)', () => {
    expect(clean(`${LOST}Sie schüttelten die Kopfe und vermieden zugige Raume. Im Kopfe war es still, zu Hause auch.`).text).toContain(
      'Sie schüttelten die Köpfe und vermieden zugige Räume. Im Kopfe war es still, zu Hause auch.',
    );
  });

  it('leaves a feminine noun (die Falle, plural Fallen) and a raised adverb (Lange) alone', () => {
    expect(clean(`${LOST}Die Falle schnappte zu. Lange wartete er.`).text).toContain('Die Falle schnappte zu. Lange wartete er.');
  });
});
