/**
 * The evaluation's distances and error kinds. Distances are checked against
 * known values and a plain full-matrix Levenshtein; the scores against the
 * numbers the project's reference scorer (score.mjs) gives for the same
 * pairs, which must agree exactly: CER, WER, kinds and damaged/fixed words.
 */
import { describe, expect, it } from 'vitest';
import { errorKind } from '../src/eval/kinds.js';
import { align, codePoints, levenshtein, OP } from '../src/eval/levenshtein.js';
import { compareWords, normalizeForScoring, scoreText } from '../src/eval/score.js';

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['', '', 0],
    ['flaw', 'lawn', 2],
    ['für', 'fur', 1],
    ['Straße', 'Strasse', 2],
    ['a😀b', 'ab', 1],
    ['intention', 'execution', 5],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });

  it('equals a full matrix on long random texts, far beyond the first band', () => {
    for (const seed of [1, 2, 3]) {
      const { gt, hyp } = syntheticPage(seed, 300);
      const a = codePoints(gt.slice(0, 900));
      const b = codePoints(hyp.slice(0, 700));
      expect(align(a, b).distance).toBe(fullMatrixDistance(a, b));
    }
  });

  it('returns an alignment that spells out both texts at its own cost', () => {
    const a = codePoints('Integrationskonferenz über');
    const b = codePoints('Integrations- konferenz uber!');
    const { distance, ops } = align(a, b);
    let i = 0;
    let j = 0;
    let cost = 0;
    for (const op of ops) {
      if (op === OP.match) expect(a[i]).toBe(b[j]);
      if (op !== OP.match) cost++;
      if (op !== OP.insertion) i++;
      if (op !== OP.deletion) j++;
    }
    expect([i, j, cost]).toEqual([a.length, b.length, distance]);
  });

  it('prefers a substitution, then a deletion, when alignments tie', () => {
    expect(Array.from(align(codePoints('ab'), codePoints('b')).ops)).toEqual([OP.deletion, OP.match]);
    expect(Array.from(align(codePoints('ab'), codePoints('ba')).ops)).toEqual([OP.substitution, OP.substitution]);
  });
});

describe('errorKind', () => {
  it.each([
    ['ü', 'u', 'umlaut'],
    ['ß', 'B', 'umlaut'],
    ['', 'ä', 'umlaut'],
    ['„', ',,', 'quote'],
    ['ü“', 'u"', 'umlaut'],
    ['—', '-', 'other'],
    ['', '- ', 'hyphen'],
    [' ', '', 'hyphen'],
    ['\u00ad', '', 'hyphen'],
    ['m', 'rn', 'other'],
  ])('%j in the ground truth, %j in the text: %s', (gtSide, hypSide, kind) => {
    expect(errorKind(gtSide, hypSide)).toBe(kind);
  });
});

describe('scoreText', () => {
  it('compares in NFC with whitespace runs collapsed', () => {
    expect(normalizeForScoring(' fu\u0308r\n\n die  Welt\t')).toBe('für die Welt');
    expect(scoreText('Haus\nund  Hof', 'Haus und Hof').charEdits).toBe(0);
  });

  it('scores an empty text against its ground truth', () => {
    const score = scoreText('', 'drei Wörter hier');
    expect([score.charEdits, score.wordEdits, score.gtWords]).toEqual([16, 3, 3]);
  });

  // Numbers from score.mjs for the same texts (hyp, gt, --raw raw).
  const PAIRS = [
    {
      gt: 'Der Bär läuft über die Straße, „schnell“ und müde.\nEin Integrationskonferenz-Beitrag — gut.',
      hyp: 'Der Bar lauft uber die Strasse, ,,schnell" und mude.\nEin Integrations- konferenz-Beitrag - gut.',
      raw: 'Der Bär läuft über die Strasse, „schnell“ und müde.\nEin Integrationskonferenz- Beitrag — gut.',
      expected: { gtChars: 91, charEdits: 12, gtWords: 13, wordEdits: 9, umlaut: [6, 5], quote: [3, 2], hyphen: [2, 1], other: [1, 1], damaged: 6, fixed: 0 },
    },
    {
      gt: 'Grüße aus Köln: »Das Wetter ist schön«, sagte sie.\n\nDie Mitarbeiter- und Kundenzufriedenheit stieg um 12 %.',
      hyp: 'GruBe aus Kdln: >>Das Wetter ist schdn<<, sagte sie.\nDie Mitarbeiter-und Kunden zufriedenheit stieg urn 12 %.',
      raw: 'Grüße aus Köln: »Das Wetter ist schön«, sagte sie. Die Mitarbeiter- und Kundenzufriedenheit stieg um 12 %.',
      expected: { gtChars: 106, charEdits: 12, gtWords: 17, wordEdits: 8, umlaut: [4, 3], quote: [4, 2], hyphen: [2, 2], other: [2, 1], damaged: 8, fixed: 0 },
    },
    {
      gt: 'kitten sitting',
      hyp: 'sitting kitten',
      raw: '',
      expected: { gtChars: 14, charEdits: 6, gtWords: 2, wordEdits: 2, umlaut: [0, 0], quote: [0, 0], hyphen: [0, 0], other: [6, 6], damaged: 0, fixed: 0 },
    },
  ];

  it.each(PAIRS)('agrees with score.mjs on $gt', ({ gt, hyp, raw, expected }) => {
    const after = scoreText(hyp, gt);
    const { damaged, fixed } = compareWords(scoreText(raw, gt), after);
    expect({
      gtChars: after.gtChars,
      charEdits: after.charEdits,
      gtWords: after.gtWords,
      wordEdits: after.wordEdits,
      umlaut: [after.kinds.umlaut.edits, after.kinds.umlaut.spans],
      quote: [after.kinds.quote.edits, after.kinds.quote.spans],
      hyphen: [after.kinds.hyphen.edits, after.kinds.hyphen.spans],
      other: [after.kinds.other.edits, after.kinds.other.spans],
      damaged,
      fixed,
    }).toEqual(expected);
  });

  it.each([
    { raw: 'Das Menu ist gut', hyp: 'Das Menü ist gut', gt: 'Das Menu ist gut', damaged: [{ word: 'Menu', after: 'Menü', context: 'Das Menu ist gut' }] },
    { raw: 'Er sagte fur uns', hyp: 'Er sagte für uns', gt: 'Er sagte für uns', damaged: [] }, // fixed, not damaged
    { raw: 'a b c d e f g h', hyp: 'a b c d f g h', gt: 'a b c d e f g h', damaged: [{ word: 'e', after: '', context: 'b c d e f g h' }] }, // lost: three words each side
  ])('lists the damaged words of $hyp with what they became', ({ raw, hyp, gt, damaged }) => {
    const result = compareWords(scoreText(raw, gt), scoreText(hyp, gt));
    expect(result.damagedWords).toEqual(damaged);
    expect(result.damaged).toBe(damaged.length);
  });

  it.each([
    { seed: 7, words: 400, expected: { charEdits: 82, wordEdits: 37, umlaut: 22, quote: 10, hyphen: 44, other: 6, spans: 14 + 3 + 17 + 3 } },
    { seed: 42, words: 1500, expected: { charEdits: 340, wordEdits: 123, umlaut: 105, quote: 30, hyphen: 198, other: 7, spans: 35 + 13 + 74 + 4 } },
  ])('agrees with score.mjs on a synthetic page of $words words', ({ seed, words, expected }) => {
    const { gt, hyp } = syntheticPage(seed, words);
    const score = scoreText(hyp, gt);
    const spans = Object.values(score.kinds).reduce((sum, kind) => sum + kind.spans, 0);
    expect({ charEdits: score.charEdits, wordEdits: score.wordEdits, ...edits(score.kinds), spans }).toEqual(expected);
  });
});

function edits(kinds: Record<string, { edits: number }>): Record<string, number> {
  return Object.fromEntries(Object.entries(kinds).map(([kind, count]) => [kind, count.edits]));
}

/** A deterministic page of German words and an OCR-like damaged copy (lost umlauts, split words, broken quotes). */
function syntheticPage(seed: number, words: number): { gt: string; hyp: string } {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const vocabulary = ['über', 'Straße', 'Mitarbeiter-', 'und', '„Wort“', 'Köln', 'die', 'Bäume', 'sagte', 'Haus', 'schön,', 'Jahr'];
  const damage = [['ü', 'u'], ['ß', 'B'], ['„', ',,'], ['“', '"'], ['ö', 'd'], ['m', 'rn'], ['ä', 'a'], ['-', '']] as const;
  const gt: string[] = [];
  const hyp: string[] = [];
  for (let i = 0; i < words; i++) {
    const word = vocabulary[Math.floor(random() * vocabulary.length)]!;
    gt.push(word);
    let broken = word;
    if (random() < 0.3) {
      const [from, to] = damage[Math.floor(random() * damage.length)]!;
      broken = broken.replace(from, to);
    }
    if (random() < 0.03) broken += ' x';
    if (random() < 0.02) continue;
    hyp.push(broken);
  }
  return { gt: gt.join(' '), hyp: hyp.join(random() < 0.5 ? '\n' : ' ') };
}

function fullMatrixDistance(a: readonly number[], b: readonly number[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1);
    }
    previous = current;
  }
  return previous[b.length]!;
}
