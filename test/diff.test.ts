import { describe, expect, it } from 'vitest';
import { wordDiff } from '../src/app/diff.js';

describe('--diff: the changes word by word', () => {
  it.each([
    ['a word', 'gemeinsam Uber den Fluss', 'gemeinsam über den Fluss', ['1:11     gemeinsam [-Uber-]{+über+} den Fluss']],
    [
      // Re-synchronised on the word, not on the comma after the quote.
      'quotes around a word, each mark its own hunk',
      'Er sagte ,,Danke", dann ging er.',
      'Er sagte „Danke“, dann ging er.',
      ['1:10     Er sagte [-,,-]{+„+}Danke", ', '1:17      ,,Danke[-"-]{+“+}, dann '],
    ],
    ['a space made visible', 'Der\u00a0Staat', 'Der Staat', ['1:4      Der[-<U+00A0>-]{+ +}Staat']],
    ['a joined line break', 'Integrations-\nkonferenz und', 'Integrationskonferenz\nund', ['1:1      [-Integrations-⏎konferenz -]{+Integrationskonferenz⏎+}und']],
    ['nothing changed', 'Der Staat', 'Der Staat', []],
  ])('%s', (_, before, after, hunks) => {
    expect(wordDiff(before, after, false)).toBe(hunks.map((hunk) => `${hunk}\n`).join(''));
  });
});
