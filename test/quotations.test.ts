// Where a text quotes someone: the umlaut stage weighs dialogue apart from the narration around it.
import { describe, expect, it } from 'vitest';
import { Quotations } from '../src/quotes/quotations.js';

/** Whether the first occurrence of `word` in `text` lies inside a quotation. */
function quoted(text: string, word: string): boolean {
  return new Quotations(text).has(text.indexOf(word));
}

describe('Quotations: the spans between an opening and a closing double mark', () => {
  it.each([
    ['inside German marks', 'Er sagte: „Ich möchte gehen.“ Dann ging er.', 'möchte', true],
    ['after the closing mark', 'Er sagte: „Ich möchte gehen.“ Dann ging er.', 'Dann', false],
    ['before the opening mark', 'Er sagte: „Ich möchte gehen.“ Dann ging er.', 'sagte', false],
    ['on the opening mark itself', 'Er sagte: „Ich möchte gehen.“', '„', true],
    ['on the closing mark itself', 'Er sagte: „Ich möchte gehen.“', '“', true],
    ['the second of two quotations', '„Ja“, sagte er, „ich möchte es.“', 'möchte', true],
    ['between two quotations', '„Ja“, sagte er, „ich möchte es.“', 'sagte', false],
    ['inside guillemets', 'Er sagte: »Ich möchte gehen.« Dann ging er.', 'möchte', true],
    ['inside Swiss guillemets', 'Er sagte: «Ich möchte gehen.» Dann ging er.', 'möchte', true],
    ['after Swiss guillemets', 'Er sagte: «Ich möchte gehen.» Dann ging er.', 'Dann', false],
    ['a quotation whose closing mark was lost ends at a blank line', 'Er sagte: „Ich möchte gehen.\n\nDann ging er.', 'Dann', false],
    ['…but not at a single line break', 'Er sagte: „Ich möchte\ngehen.“ Dann', 'gehen', true],
    ['a text without quotation marks', 'Er mochte sie sehr.', 'mochte', false],
  ] as const)('%s', (_, text, word, expected) => {
    expect(quoted(text, word)).toBe(expected);
  });
});
