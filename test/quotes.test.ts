import { describe, expect, it } from 'vitest';
import { quotesStage } from '../src/stages/quotes.js';
import type { CleanOptions } from '../src/types.js';
import { runStages } from './helpers/run-stages.js';

function requote(text: string, options: Partial<CleanOptions> = {}) {
  return runStages(text, [quotesStage], [], options);
}

const REPAIRED: ReadonlyArray<readonly [string, string, string]> = [
  ['`,,` and `*` pair', 'Klose: ,,Danke allen*', 'Klose: „Danke allen“'],
  ['`,,` … `*®` across a blank line inside the paragraph', 'Klose: ,,Danke allen und -\n\nkonferenz des\nIntegrationsplans*®', 'Klose: „Danke allen und -\n\nkonferenz des\nIntegrationsplans“'],
  ['`,` … `“` across lines and sentences', 'betont, ,dass wir es\nvorgelegt haben. Mit Leben zu\n\nfüllen“, so Klose.', 'betont, „dass wir es\nvorgelegt haben. Mit Leben zu\n\nfüllen“, so Klose.'],
  ['`,` … `®` after a word', 'sei. ,In Hessen ist mir das besonders wichtig®, so Klose.', 'sei. „In Hessen ist mir das besonders wichtig“, so Klose.'],
  ['`,` at a line start', ',Die Erarbeitung gelingt nur im Dialog\naktiv beteiligen®, hob Klose hervor.', '„Die Erarbeitung gelingt nur im Dialog\naktiv beteiligen“, hob Klose hervor.'],
  ['`,.` before a capital', 'in Abschnitt 10.1.7, ,.Wechseldatenträger”) müssen', 'in Abschnitt 10.1.7, „Wechseldatenträger“) müssen'],
  ['`,,.` before a capital', 'Abschnitt 9.11, ,,.Virtualisierte Systeme“).', 'Abschnitt 9.11, „Virtualisierte Systeme“).'],
  ['`,,` before a dot file keeps the dot', 'des Verzeichnisses ,,./source“ mit', 'des Verzeichnisses „./source“ mit'],
  ['`.` before a capital', 'Er rief: .Verdammt, das auch noch!“', 'Er rief: „Verdammt, das auch noch!“'],
  ['`.` before a capital, a paragraph after its colon', 'Totti ist verzweifelt:\n\n.Verdammt, das auch noch!', 'Totti ist verzweifelt:\n\n„Verdammt, das auch noch!'],
  ['`.` before an option', 'steht .-i" für direkte Bearbeitung', 'steht „-i“ für direkte Bearbeitung'],
  ['`»` with a German closing mark', '»Das Schwein trägt seinen Namen nicht umsonst“ - Stilblüten', '„Das Schwein trägt seinen Namen nicht umsonst“ - Stilblüten'],
  ['`,»`', 'Genscher grübelt: ,»Das bin ich.“ Helmut', 'Genscher grübelt: „Das bin ich.“ Helmut'],
  ['`«` opening with `“`', 'fort. «Warum sind Sie so fröhlich?“ rief jemand.', 'fort. „Warum sind Sie so fröhlich?“ rief jemand.'],
  ['`”` and `"` after a German opening mark', 'die Option „-p" und „Konsolen”).', 'die Option „-p“ und „Konsolen“).'],
  ["`''` closing", 'Der Begriff ,,Kern\'\' meint', 'Der Begriff „Kern“ meint'],
  ['a space OCR put after `,,`', 'Abschnitt 1.5.8, ,, Typische Befehle*).', 'Abschnitt 1.5.8, „Typische Befehle“).'],
  ['a lone comma between spaces', 'Abschnitt 2.7.3, , Installationskandidat beeinflussen“).', 'Abschnitt 2.7.3, „Installationskandidat beeinflussen“).'],
  ['a space OCR put before `“`', 'Helmut: ,,Na Mensch - das ist der Genscher! “', 'Helmut: „Na Mensch - das ist der Genscher!“'],
  ['`‘` closing a top-level `»`', '»Anpassen des Programms‘). Dies', '„Anpassen des Programms“). Dies'],
  ['`*` stuck to `“` is noise', 'Ein ,logisches ODER*“ (definiert', 'Ein „logisches ODER“ (definiert'],
  ['`‘` stuck to `“` is noise', 'Abschnitt 4.7.4, „Linux Sicherheit‘“).', 'Abschnitt 4.7.4, „Linux Sicherheit“).'],
  ['single quotes: `,` … `‘`', 'über die Herkunft ,Ötzis‘. Österreich', 'über die Herkunft ‚Ötzis‘. Österreich'],
  ['single quotes: `,` … `’`', 'hieß ,Air Riedle’, Möller hieß ,Aua Möller’.', 'hieß ‚Air Riedle‘, Möller hieß ‚Aua Möller‘.'],
  ['single quotes nested in double', 'ergab: ,,Ja, wenn man ,reset‘ drückt, stürzt er ab.“', 'ergab: „Ja, wenn man ‚reset‘ drückt, stürzt er ab.“'],
  ['a footnote star yields to the real closing mark', 'Er sagte: ,,Siehe Hinweis* und dort“', 'Er sagte: „Siehe Hinweis* und dort“'],
  ['straight quotes in German text', 'Er sagte "Hallo" und ging.', 'Er sagte „Hallo“ und ging.'],
  ['an inch mark inside a quotation', 'Er sagte: ,,Ein 5" Laufwerk"', 'Er sagte: „Ein 5" Laufwerk“'],
  ['`,,` without a partner', 'Sie sagte: ,,Danke', 'Sie sagte: „Danke'],
  ['`,` after a colon without a partner', 'Er fragte: ,Was willst du noch', 'Er fragte: „Was willst du noch'],
  ['a typewriter apostrophe in a typeset text', '„Ja“, da gibt\'s den Shell-Modus\' nicht.', '„Ja“, da gibt’s den Shell-Modus’ nicht.'],
  ['…also after a quotation in straight single quotes', '„Ja“, \'Geteilt\' gibt\'s nicht.', '„Ja“, \'Geteilt\' gibt’s nicht.'],
  ['an English `”` in German text', 'Das ist nicht umsonst” - Stilblüten aus', 'Das ist nicht umsonst“ - Stilblüten aus'],
  ['the paragraph’s only `"`, after a sentence, its opening misread', 'so schwarz wie das Holz an dem Rahmen." Bald darauf bekam sie', 'so schwarz wie das Holz an dem Rahmen.“ Bald darauf bekam sie'],
  ['…and after a word (its dropped opening restored at the paragraph start, a speech tag after it)', 'Nun", sagte ich, ,,wenn ich ein Taugenichts bin“', '„Nun“, sagte ich, „wenn ich ein Taugenichts bin“'],
  ['a single low opener before a double closer, with no single closer: „ with a stroke lost', 'die Dokumentklasse ‚article (Elsevier)“ mit drei', 'die Dokumentklasse „article (Elsevier)“ mit drei'],
  ['an opening mark OCR dropped before direct speech after a colon', 'Meint der Müllmann: Nein, springen Sie rein.“ Dann', 'Meint der Müllmann: „Nein, springen Sie rein.“ Dann'],
  ['…and after the speech tag of direct speech resumed', '„Nun mal ganz ruhig“, sagt der Zahnarzt,\nes tut bestimmt nicht weh!“ Dann', '„Nun mal ganz ruhig“, sagt der Zahnarzt,\n„es tut bestimmt nicht weh!“ Dann'],
  ['…and before a name a word of naming introduces', 'Die Fehlersuche bei einem Programm namens program“ ist damit für uns einfach.', 'Die Fehlersuche bei einem Programm namens „program“ ist damit für uns einfach.'],
  ['…and before the title a cross-reference quotes', 'Lesen Sie dazu Abschnitt 10.1.5,\nAufrufe für die Auswahl von Dateien“ und mehr.', 'Lesen Sie dazu Abschnitt 10.1.5,\n„Aufrufe für die Auswahl von Dateien“ und mehr.'],
  ['…and at the start of a paragraph, where a speech tag follows its first closing mark', 'Er kam.\n\nWir essen einfach“, sagte der Alte, ,,aber gut.“', 'Er kam.\n\n„Wir essen einfach“, sagte der Alte, „aber gut.“'],
  ['…a tag whose verb of saying is any in -te, its umlaut still garbled', 'Die Regierung will es“, erklérte Bauerle. Dann', '„Die Regierung will es“, erklérte Bauerle. Dann'],
  ['…the tag without a comma after a question', 'Was ist mit mir geschehen?“ dachte er. Es war kein Traum.', '„Was ist mit mir geschehen?“ dachte er. Es war kein Traum.'],
  ['…and after a colon at a line end', 'Er sagte zu ihr:\nAuf Sankt Lucia sind wir getraut.“ Sie lachte.', 'Er sagte zu ihr:\n„Auf Sankt Lucia sind wir getraut.“ Sie lachte.'],
  ['…and before a quoted term of a list, after the term before', 'Die Begriffe „Partitionstabelle“, Disk\npartitioning data“, Partition map“ und „Disk label“.', 'Die Begriffe „Partitionstabelle“, „Disk\npartitioning data“, „Partition map“ und „Disk label“.'],
];

describe('quotes: repaired', () => {
  it.each(REPAIRED)('%s', (_, input, expected) => {
    expect(requote(input).text).toBe(expected);
  });

  it.each(REPAIRED)('%s: cleaning the output again changes nothing', (_, input) => {
    const once = requote(input).text;
    expect(requote(once).text).toBe(once);
  });
});

describe('quotes: unchanged', () => {
  it.each([
    ['real commas', 'Kai Klose, Staatssekretär in Hessen, betont, dass wir kommen.'],
    ['a comma in a number and between words', 'genau 1,000 Stück, a,b und c'],
    ['a comma before a word without a closing mark', 'er kam ,dass wir es sahen.'],
    ['typewriter apostrophes in a typewriter text', 'Da geht\'s los, die Grimm\'sche Fassung, Klaus\' Auto, ich fahr\' heim.'],
    ['typographic apostrophes at word ends', 'Klaus’ Auto, ich fahr’ heim, Modus’ wegen.'],
    ['an apostrophe opening a word, in a typeset text', '„Ja“, so \'s Wetter.'],
    ['an apostrophe after a German opening mark', 'Er sagte: „Ich fahr’ heim“ und ging.'],
    ['a closing mark after the next sentence began, whose opening mark is nowhere to be placed', 'Ein Schild: „Kein Zutritt.“ Später schrieb jemand Der Verein“ darunter.'],
    ['words in straight single quotes, in a typeset text', '„Ja“: \'Geteilt\' und \'Separat\' öffnen je ein Fenster, die Option \'compatible\'.'],
    ['English quotes in an English sentence', 'He said "yes" and left the room.'],
    ['English curly quotes in an English sentence', '“Hello,” she said to the man at the door.'],
    ['inch marks', 'Ein 5" Laufwerk und ein Monitor mit 27" Diagonale.'],
    ['straight quotes that did not pair: a format, not a quotation', 'Konnte "%s" nicht finden, siehe "%s --skip".'],
    ['a lone `"` after a bracket (a command’s synopsis)', 'slattach [-c Kommando] [-s Geschwindigkeit]\n       [Terminal]"'],
    ['…after an ellipsis', 'pslog PID …"'],
    ['…inside brackets', 'den Wert in doppelte Anführungszeichen (") einschließen.'],
    ['a line of code', 'a = "x"\nname = \'wert\''],
    ['a shell line', 'echo "$HOME" && ls -l "$DIR"'],
    ['a command line with its options, quoted in German prose', 'Der Standardaufruf ist "chktex -n1 -n3 -n6". Wenn Sie mit dem Ergebnis'],
    ['a footnote star', 'Das ist wichtig* und gut.'],
    ['emphasis with stars', 'Das Gehabe um den *wichtigen* Kanal.'],
    ['a registered mark', 'Windows® ist eine Marke.'],
    ['dot files and .NET', 'die Datei .bashrc lesen, das .NET Framework'],
    ['.NET after a colon', 'Die Plattform: .NET ist frei.'],
    ['an ellipsis', 'perl, tcl, ruby, ... falls'],
    ['German quotes already right', '„Danke“, sagte er, ‚ja‘.'],
    ['guillemets already right', '»Danke«, sagte er, ›ja‹.'],
    ['a blank line ends the paragraph', 'Der Wert ,x\n\nDie Zahl* ist groß.'],
    ['a lone closing mark after a label, with an opening mark the pairing did not take', 'Date: Datum im Format „%a, %d %b“, wie es kommt.'],
    ['a lone closing mark at a paragraph start with no speech tag after it', 'Der Tierschutzverein“ darunter.'],
    ['…nor after a paragraph start that is no capital', 'und wir essen einfach“, sagte der Alte.'],
    ['…nor where a straight quote the pairing did not take stands before it', 'Hinweis: "%s %s" ruft den erweiterten Dialog auf.'],
    ['a lone closing mark far after the colon', `Hinweis: ${'Die Datei wird dann von dem Programm gelesen und geschrieben. '.repeat(6)}Ende.“`],
  ])('%s', (_, input) => {
    expect(requote(input).text).toBe(input);
  });
});

describe('quotes: style', () => {
  it.each([
    ['guillemets on request', ',,Danke allen*', { quotes: 'guillemets' }, '»Danke allen«'],
    ['single guillemets on request', ',,Ja, ,reset‘ drücken“', { quotes: 'guillemets' }, '»Ja, ›reset‹ drücken«'],
    ['a guillemet document keeps guillemets', '»Ja«, sagte er. »Nein*, sagte sie.', {}, '»Ja«, sagte er. »Nein«, sagte sie.'],
    ['a Swiss document keeps its guillemets', '«Ja», sagte er. «Nein*, sagte sie.', {}, '«Ja», sagte er. «Nein», sagte sie.'],
    ['German quotes forced on a guillemet document', '»Ja«, sagte er.', { quotes: 'german' }, '„Ja“, sagte er.'],
    ['keep leaves every mark alone', 'Er sagte: ,,Danke*', { quotes: 'keep' }, 'Er sagte: ,,Danke*'],
  ] as const)('%s', (_, input, options, expected) => {
    expect(requote(input, options).text).toBe(expected);
  });
});

describe('quotes: confidence', () => {
  const confidenceOf = (text: string, before: string) =>
    requote(text).changes.find((change) => change.before === before)?.confidence;

  it.each([
    ['position and pairing agree: high', 'Klose: ,Danke allen“', ',', 0.9, 1],
    ['a footnote-like star as partner: lower', 'Klose: ,,Danke allen*', '*', 0.7, 0.9],
    ['a dot before a lowercase word: a suggestion only', 'der Begriff .main section* auch', '.', 0, 0.5],
    ['straight quotes where the language is unclear: a suggestion only', 'Knopf "OK" drücken', '"', 0, 0.5],
  ])('%s', (_, text, before, min, max) => {
    const confidence = confidenceOf(text, before);
    expect(confidence).toBeGreaterThanOrEqual(min);
    expect(confidence).toBeLessThan(max);
  });
});
