import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../src/lexicon/load.js';

// fixtures/lexicon/hunspell-verdicts.tsv: tokens of German manual pages and damaged twins, with the
// verdicts of Debian's `hunspell -d de_DE` (regenerate: node scripts/lexicon-hunspell-fixture.mjs).
const rows = readFileSync(new URL('../fixtures/lexicon/hunspell-verdicts.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [token, verdict, kind] = line.split('\t');
    return { token: token!, hunspell: verdict === '1', kind: kind! };
  });

describe('lexicon agrees with Hunspell', () => {
  const lexicon = loadLexicon();
  const disagreements = rows.filter(({ token, hunspell }) => lexicon.isWord(token) !== hunspell);

  it('on at least 2,000 real tokens plus damaged ones', () => {
    expect(rows.filter(({ kind }) => kind !== 'damaged').length).toBeGreaterThanOrEqual(2000);
  });

  it('on at least 98% of the verdicts', () => {
    const agreement = 1 - disagreements.length / rows.length;
    expect(agreement, disagreements.map(({ token }) => token).join(' ')).toBeGreaterThanOrEqual(0.98);
  });

  it('rejects nearly every damaged twin of a word with umlauts or ß that Hunspell rejects', () => {
    const damaged = rows.filter(({ kind, hunspell }) => kind === 'damaged' && !hunspell);
    const accepted = damaged.filter(({ token }) => lexicon.isWord(token));
    expect(accepted.length / damaged.length, accepted.map(({ token }) => token).join(' ')).toBeLessThan(0.01);
  });
});
