import { describe, expect, it } from 'vitest';
import { hyphenationStage } from '../src/stages/hyphenation.js';
import { layoutStage } from '../src/stages/layout.js';
import { noiseStage } from '../src/stages/noise.js';
import { runStages } from './helpers/run-stages.js';

function denoise(text: string): string {
  return runStages(text, [noiseStage]).text;
}

describe('noise: repaired', () => {
  it.each([
    ['a dot before the first word', '. Flinfte Hessische', 'Flinfte Hessische'],
    ['a dot after a leading space', ' . Flinfte Hessische', 'Flinfte Hessische'],
    ['a dot on a continuation line', 'Handlungsfeldern des\n. Hessischen Plans', 'Handlungsfeldern des\nHessischen Plans'],
    ['an asterisk mid-sentence', 'Handlungsfeldern des\n* Hessischen Plans', 'Handlungsfeldern des\nHessischen Plans'],
    ['a comma, no quotation follows', 'Handlungsfeldern des\n, Hessischen Plans.', 'Handlungsfeldern des\nHessischen Plans.'],
    ['a leading space on a continuation line', 'involviert waren,\n vorgestellt. Weiter', 'involviert waren,\nvorgestellt. Weiter'],
    ['a doubled space between words', 'Integrationskonferenz  im Plan', 'Integrationskonferenz im Plan'],
    ['a space before a full stop', 'am Ende .', 'am Ende.'],
    ['a space before ; : ? !', 'Was ? Hier ; dort : so !', 'Was? Hier; dort: so!'],
    ['CRLF stays', ' . Flinfte\r\n. Hessischen  Plan\r\n', 'Flinfte\r\nHessischen Plan\r\n'],
  ])('%s', (_, input, expected) => {
    expect(denoise(input)).toBe(expected);
  });
});

describe('noise: unchanged', () => {
  it.each([
    ['a bullet list', '* Äpfel\n* Birnen'],
    ['a bullet after a colon', 'Zutaten:\n* Mehl'],
    ['an asterisk after a finished sentence', 'Das war alles.\n* Fußnote dazu'],
    ['a dash list', '- Äpfel  und Birnen\n- Kirschen'],
    ['a numbered list', '1. Öffnen\n2. Schließen'],
    ['a comma opening a quotation', 'Klose sagte:\n, Danke allen“, so Klose.'],
    ['a comma that is a quotation mark mid-line', 'in Abschnitt 9.10.5, , Hardware-Treiber“'],
    ['an indented block', 'Beispiel:\n  erste Zeile\n  zweite Zeile'],
    ['a paragraph indent after a full stop', 'Ende des Absatzes.\n Neuer Absatz beginnt.'],
    ['a table', 'Name    Größe\nHaus  groß'],
    ['a table row below', 'Haus  groß\nName    Größe    Farbe'],
    ['a code line', 'for i in * ; do echo $i  ; done'],
    ['an ellipsis', 'perl, tcl, ruby, ... falls'],
    ['a file name', 'die Datei .bashrc lesen'],
    ['a decimal number', 'kostet 3 .50 Euro'],
    ['a heading', '1.2 Einleitung'],
  ])('%s', (_, input) => {
    expect(denoise(input)).toBe(input);
  });
});

describe('noise: idempotent', () => {
  it('cleaning the output again changes nothing', () => {
    const stages = [noiseStage, hyphenationStage, layoutStage];
    const input = ' . Flinfte Hessische\nStaatssekretär und -\n\nkonferenz  des\n. Hessischen Plans\n vorgestellt .\n* Punkt\n* Punkt';
    const once = runStages(input, stages).text;
    expect(runStages(once, stages).text).toBe(once);
  });
});
