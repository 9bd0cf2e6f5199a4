import { describe, expect, it } from 'vitest';
import { hyphenationStage } from '../src/stages/hyphenation.js';
import { layoutStage } from '../src/stages/layout.js';
import { noiseStage } from '../src/stages/noise.js';
import { runStages } from './helpers/run-stages.js';

const WORDS = ['Integrationskonferenz', 'Verständnis', 'verband', 'Ups', 'Netzwerk', 'transparente', 'Zucker', 'Stücke', 'Akku', 'ziemlich'];

function hyphenate(text: string, words: readonly string[] = WORDS): string {
  return runStages(text, [hyphenationStage], words).text;
}

describe('hyphenation: syllable breaks are joined, the word moves up', () => {
  it.each([
    ['lexicon knows the word', 'Integrations-\nkonferenz intensive', 'Integrationskonferenz\nintensive'],
    ['the tail is the whole next line', 'Integrations-\nkonferenz\nweiter', 'Integrationskonferenz\nweiter'],
    ['before a paragraph or page break', 'Nachrichtenkör-\n\nper“). Dann', 'Nachrichtenkörper“).\nDann'],
    ['OCR left a space after the hyphen', 'Integrations- \nkonferenz intensive', 'Integrationskonferenz\nintensive'],
    ['umlauts lost by English-model OCR', 'das Verstand-\nnis der', 'das Verstandnis\nder'],
    ['an English word, halves are no words', 'Ups-\ntream-Webseiten und', 'Upstream-Webseiten\nund'],
    ['19th-century print', 'der Ver-\nband', 'der Verband'],
    ['soft hyphen at the line end', 'Integrations\u00ad\nkonferenz intensive', 'Integrationskonferenz\nintensive'],
    ['soft hyphen inside a line', 'die Konfe\u00adrenz', 'die Konferenz'],
    ['¬ of older OCR', 'Integrations¬\nkonferenz intensive', 'Integrationskonferenz\nintensive'],
    ['Unicode hyphen of PDF text', 'die Handbuch\u2010\nseiten und', 'die Handbuchseiten\nund'],
    ['= for ⸗ of Fraktur', 'der ver=\nband tagte', 'der verband\ntagte'],
    ['⸗ of Fraktur', 'Thür⸗\nschloß und', 'Thürschloß\nund'],
    ['ALL CAPS the lexicon knows', 'INTEGRATIONS-\nKONFERENZ', 'INTEGRATIONSKONFERENZ'],
    ['CRLF stays', 'Integrations-\r\nkonferenz intensive\r\nweiter', 'Integrationskonferenz\r\nintensive\r\nweiter'],
    ['ck broken as k-k in print before 1996', 'ein Stück Zuk-\nker und', 'ein Stück Zucker\nund'],
    ['an l read as I where the next line begins', 'das ist ziem-\nIich gut', 'das ist ziemlich\ngut'],
    ['…with its umlaut lost', 'die Stuk-\nke und', 'die Stucke\nund'],
    ['…not where kk joins to a word', 'der Ak-\nku ist', 'der Akku\nist'],
  ])('%s', (_, input, expected) => {
    expect(hyphenate(input)).toBe(expected);
  });

  it('joins lowercase continuations without a lexicon too', () => {
    expect(hyphenate('Integrations-\nkonferenz intensive', [])).toBe('Integrationskonferenz\nintensive');
  });
});

describe('hyphenation: a word broken without its hyphen (the OCR lost it) is joined', () => {
  const words = ['ausführen', 'Pakete', 'wenn', 'die', 'man'];
  it.each([
    ['neither half is a word, the whole is', 'Dateien ausfüh\nren wenn', 'Dateien ausführen\nwenn'],
    ['a capitalised head', 'die Pa\nkete man', 'die Pakete\nman'],
  ])('%s', (_, input, expected) => {
    expect(hyphenate(input, words)).toBe(expected);
  });

  it.each([
    ['two words', 'ausführen wenn\ndie man'],
    ['the whole is no word either', 'ausfüh\nrung'],
    ['a paragraph break between', 'ausfüh\n\nren'],
    ['a capital on the next line', 'ausfüh\nRen'],
  ])('%s: unchanged', (_, input) => {
    expect(hyphenate(input, words)).toBe(input);
  });
});

describe('hyphenation: compound hyphens stay, the lines join', () => {
  it.each([
    ['capitalised continuation', 'Debian-\nArchitekturen und', 'Debian-Architekturen\nund'],
    ['across blank lines', 'Arbeitsgruppen-\n\nLeitungen, die bereits', 'Arbeitsgruppen-Leitungen,\ndie bereits'],
    ['a number range', 'die Jahre 1990-\n2000 waren', 'die Jahre 1990-2000\nwaren'],
    ['a single letter before the hyphen', 'x-\nbeliebig viele', 'x-beliebig\nviele'],
    ['an acronym before lowercase', 'ISO-\nkodiert und', 'ISO-kodiert\nund'],
    ['ALL CAPS the lexicon does not know', 'GNU-\nLINUX', 'GNU-LINUX'],
    ['= of Fraktur becomes -', 'Berlin=\nCharlottenburg liegt', 'Berlin-Charlottenburg\nliegt'],
    ['⸗ of Fraktur stays', 'Berlin⸗\nCharlottenburg liegt', 'Berlin⸗Charlottenburg\nliegt'],
    ['Unicode hyphen stays', 'Debian\u2010\nArchitekturen sind', 'Debian\u2010Architekturen\nsind'],
  ])('%s', (_, input, expected) => {
    expect(hyphenate(input)).toBe(expected);
  });
});

describe('hyphenation: suspended hyphens stay with their word', () => {
  it('moves the word after a lone hyphen after "und" up to it, as a joined word moves', () => {
    expect(hyphenate('Integrationsbeirat und -\n\nkonferenz - intensive')).toBe('Integrationsbeirat und -konferenz\n- intensive');
    expect(hyphenate('Ein- und Ausgabe- oder -\nsteuerung')).toBe('Ein- und Ausgabe- oder -steuerung');
  });

  it.each([
    ['mid-line', 'Ein- und Ausgabe'],
    ['before "oder" on the next line', 'Grafik-\noder Tonkarte'],
    ['before "und" on the next line', 'Ein-\nund Ausgabe'],
    ['a dash, not after und/oder', 'Diskussion -\nintensive und produktiv'],
    ['a list below', 'Zutaten-\n- Mehl\n- Zucker'],
    ['a code line', 'export PATH=$PATH:/usr/local-\nbin'],
    ['a table row below', 'Größen-\nwert    12    13'],
    ['a quotation mark after the break', 'Integrations-\n„Konferenz“'],
    ['the last line', 'Integrations-'],
  ])('%s: unchanged', (_, input) => {
    expect(hyphenate(input)).toBe(input);
  });

  it('joins with low confidence when both halves are words but the whole is not', () => {
    const result = runStages('der Netzwerk-\ntransparente Kanal', [hyphenationStage], WORDS);
    expect(result.text).toBe('der Netzwerktransparente\nKanal');
    expect(result.changes).toMatchObject([{ rule: 'line-break-hyphen', confidence: 0.6 }]);
  });
});

describe('hyphenation: idempotent', () => {
  it.each([
    'Integrations-\nkonferenz intensive\nDiskussion.',
    'Integrationsbeirat und -\n\nkonferenz - intensive',
    'Arbeitsgruppen-\n\nLeitungen, die bereits',
    'Grafik-\noder Tonkarte',
  ])('%j', (input) => {
    const stages = [noiseStage, hyphenationStage, layoutStage];
    const once = runStages(input, stages, WORDS).text;
    expect(runStages(once, stages, WORDS).text).toBe(once);
  });
});
