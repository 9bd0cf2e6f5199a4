import { describe, expect, it } from 'vitest';
import { hyphenationStage } from '../src/stages/hyphenation.js';
import { layoutStage } from '../src/stages/layout.js';
import { runStages } from './helpers/run-stages.js';

function layout(text: string, reflow = false): string {
  return runStages(text, [hyphenationStage, layoutStage], [], { reflow }).text;
}

const FULL_LINE = 'dass auch Menschen, die vor Krieg und Verfolgung zu uns geflohen sind, hier ein neues';

describe('layout: blank lines inside a paragraph go', () => {
  it.each([
    ['mid-sentence before lowercase', 'weiter mit Leben zu\n\nfüllen“, so Klose.', 'weiter mit Leben zu\nfüllen“, so Klose.'],
    ['after a comma before lowercase', 'Er sagte,\n\n\ndass es gut sei.', 'Er sagte,\ndass es gut sei.'],
    ['a full line without a full stop before a capital', `${FULL_LINE}\n\nZuhause aufbauen.`, `${FULL_LINE}\nZuhause aufbauen.`],
    ['a hyphen left at the line end', 'Grafik-\n\noder Tonkarte', 'Grafik-\noder Tonkarte'],
    ['CRLF stays', 'mit Leben zu\r\n\r\nfüllen.\r\n', 'mit Leben zu\r\nfüllen.\r\n'],
  ])('%s', (_, input, expected) => {
    expect(layout(input)).toBe(expected);
  });

  it('only suggests joining when the line above stops short of the printed width', () => {
    const input = `${FULL_LINE}\nausfüh ren\n\nwenn die Verwendung zu kompliziert wird, ziehen Sie bitte in Erwägung`;
    const result = runStages(input, [layoutStage]);
    expect(result.text).toBe(input);
    expect(result.changes).toMatchObject([{ rule: 'blank-line-in-paragraph', applied: false }]);
  });

  it.each([
    ['after a full stop', 'Das war der erste Absatz.\n\nDer zweite beginnt.'],
    ['after a closing quote', 'des Hessischen Integrationsplans“\n\nWiesbaden. Anlässlich'],
    ['a short heading', 'Einleitung\n\nDer Text beginnt hier.'],
    ['a list below', 'Wir brauchen\n\n- Mehl\n- Zucker'],
    ['a code line below', 'Geben Sie ein\n\n$ ls -l /etc'],
    ['a table below', 'Die Werte sind\n\nName    Größe    Farbe'],
  ])('%s: unchanged', (_, input) => {
    expect(layout(input)).toBe(input);
  });
});

describe('layout: reflow makes each paragraph one line', () => {
  it.each([
    ['lines of a paragraph', 'Der erste Satz geht\nüber zwei Zeilen.\n\nZweiter Absatz.', 'Der erste Satz geht über zwei Zeilen.\n\nZweiter Absatz.'],
    ['a joined hyphenation', 'Integrations-\nkonferenz intensive\nund produktiv.', 'Integrationskonferenz intensive und produktiv.'],
    ['a suspended hyphen', 'Integrationsbeirat und -\n\nkonferenz tagte.', 'Integrationsbeirat und -konferenz tagte.'],
    ['a blank line inside the paragraph', 'weiter mit Leben zu\n\nfüllen“, so Klose.', 'weiter mit Leben zu füllen“, so Klose.'],
    ['full lines before capitals', `${FULL_LINE}\nZuhause aufbauen.`, `${FULL_LINE} Zuhause aufbauen.`],
    ['CRLF between paragraphs stays', 'Der Satz geht\r\nweiter.\r\n\r\nNeu.\r\n', 'Der Satz geht weiter.\r\n\r\nNeu.\r\n'],
  ])('%s', (_, input, expected) => {
    expect(layout(input, true)).toBe(expected);
  });

  it.each([
    ['a heading above a paragraph', 'Einleitung\nDer Text beginnt hier.'],
    ['list items', 'Wir brauchen:\n- Mehl\n- Zucker'],
    ['numbered items', 'Schritte:\n1. Öffnen\n2. Schließen'],
    ['code lines', 'Geben Sie ein:\n$ cd /etc\n$ ls -l'],
    ['table rows', 'Name    Größe\nHaus    groß'],
    ['short lines ending a sentence', 'Sehr geehrte Damen.\nSehr geehrte Herren.'],
  ])('%s: unchanged', (_, input) => {
    expect(layout(input, true)).toBe(input);
  });
});

describe('layout: idempotent', () => {
  it.each([false, true])('reflow %s', (reflow) => {
    const input = [
      'Titel',
      'Gerade die Betonung, dass auch Menschen, die vor Krieg und Verfolgung zu uns',
      `${FULL_LINE}\n`,
      'Zuhause aufbauen können, ist mir besonders wichtig, hier und in dieser Zeit mit',
      'dieser Konferenz, die heute mit den Vertretern der Gruppen tagt. Und es ist mir',
      '\nwichtig“, so Klose.\n',
      'Kurzer Absatz ohne Punkt\n',
      'Neuer Absatz.\n',
      '- Punkt',
      '- Punkt\n',
    ].join('\n');
    const once = layout(input, reflow);
    expect(layout(once, reflow)).toBe(once);
  });
});
