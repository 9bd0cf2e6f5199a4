import { describe, expect, it } from 'vitest';
import { umlautDistance } from '../src/correction/align.js';
import { readingsOf, withGarbles, withLookalike } from '../src/correction/candidates.js';
import { misreadVariants } from '../src/correction/lookalikes.js';
import { spanCost } from '../src/correction/visual-cost.js';
import { fakeLexicon, keyOnlyLexicon, WORDS } from './helpers/fake-lexicon.js';

const lexicon = fakeLexicon(WORDS);

describe('spanCost: what an umlaut or ß may be read as', () => {
  it.each([
    ['u', 'ü'], ['ii', 'ü'], ['li', 'ü'], ['ti', 'ü'], ['i', 'ü'], ['U', 'ü'], ['U', 'Ü'], ['d', 'ü'],
    ['o', 'ö'], ['é', 'ö'], ['d', 'ö'], ['6', 'ö'], ['ao', 'ö'],
    ['a', 'ä'], ['i', 'ä'], ['4', 'ä'], ['A', 'Ä'], ['ai', 'ä'], ['ia', 'ä'], ['oi', 'ö'], ['od', 'ö'],
    ['B', 'ß'], ['G', 'ß'], ['G', 'ü'], ['G', 'Ü'], ['8', 'ß'], ['f&', 'ß'], ['fs', 'ß'], ['f3', 'ß'], ['®', 'ß'], ['@', 'ß'], ['lJs', 'ß'], ['ss', 'ß'],
    ['®B', 'ß'], ['8&', 'ß'], // cut in two, each half read for the whole letter (verga®B, ha8&lichen)
  ])('%s may stand for %s', (span, target) => {
    expect(spanCost(span, target)).toBeLessThan(1);
  });

  it.each([
    ['ii', 'ä'], // the strokes of ü, with the bowl of ä lost too (Geriite)
    ['iti', 'ü'], ['tii', 'ü'], // the dots read as a third stroke
  ])('%s may stand for %s, rarely', (span, target) => {
    expect(spanCost(span, target)).toBeGreaterThan(spanCost('ii', 'ü'));
    expect(spanCost(span, target)).toBeLessThan(2);
  });

  it.each([
    ['x', 'ü'], ['k', 'ö'], ['SS', 'ß'], ['BB', 'ß'], ['mm', 'ü'], ['abcd', 'ü'], ['ü', 'ö'], ['ß', 'ü'], ['iti', 'ä'], ['uui', 'ü'],
    ['il', 'ä'], ['al', 'ä'], ['ti', 'ä'], ['ol', 'ö'], ['dt', 'ö'], // the dots are no tall undotted stroke
  ])('%s may not stand for %s', (span, target) => {
    expect(spanCost(span, target)).toBe(Infinity);
  });

  it('ranks lost dots below split letters', () => {
    expect(spanCost('u', 'ü')).toBeLessThan(spanCost('ii', 'ü'));
    expect(spanCost('B', 'ß')).toBeLessThan(spanCost('s', 'ß'));
  });
});

describe('umlautDistance: only umlauts may differ', () => {
  it.each([
    ['fur', 'für', 0.1],
    ['Flinfte', 'Fünfte', 0.7],
    ['grof&en', 'großen', 0.6],
    ['mglich', 'möglich', 1], // a letter dropped altogether: dearer than any glyph read for it
  ])('%s → %s costs %d', (token, spelling, cost) => {
    expect(umlautDistance(token, spelling)).toBeCloseTo(cost);
  });

  it.each([
    ['daß', 'dass'], ['Thür', 'Thur'], ['Haus', 'Maus'], ['fur', 'fürs'], ['für', 'fur'],
  ])('%s cannot be read as %s', (token, spelling) => {
    expect(umlautDistance(token, spelling)).toBe(Infinity);
  });
});

const candidatesOf = (token: string, tail = '') => withGarbles(readingsOf(token, lexicon), token, lexicon, tail).candidates.map((c) => c.text);

describe('readings that find nothing', () => {
  it('are the readings they started from, not a copy (the word memos keep one object per such word)', () => {
    const plain = readingsOf('Xyzzyq', lexicon);
    const garbled = withGarbles(plain, 'Xyzzyq', lexicon, '', true);
    expect(garbled).toBe(plain);
    expect(withLookalike(garbled, 'Xyzzyq', lexicon)).toBe(plain);
  });
});

describe('readings: candidates from the lexicon', () => {
  it.each([
    ['fur', 'für'], ['Flinfte', 'Fünfte'], ['kdnnen', 'können'], ['ermaoglicht', 'ermöglicht'],
    ['zusammenfihrt', 'zusammenführt'], ['begruf3t', 'begrüßt'], ['Staatssekretar', 'Staatssekretär'],
    ['Integrationsverstandnis', 'Integrationsverständnis'], ['Vorschlage', 'Vorschläge'], ['Anlasslich', 'Anlässlich'],
    ['grof&en', 'großen'], ['MalJs', 'Maß'], ['ausschlieBlich', 'ausschließlich'], ['Eigentiimer', 'Eigentümer'],
    ['kénnen', 'können'], ['Uber', 'über'], ['UBER', 'ÜBER'],
    ['Grusse', 'Grüsse'], ['Gemass', 'Gemäss'], // the printed ss stays: OCR does not read ß as ss
    ['Paketiiberpriifung', 'Paketüberprüfung'], // two evident garbles (ii)
    ['Frihsttick', 'Frühstück'], // two ordinary garbles in a long word
    ['ausfitihrbaren', 'ausführbaren'], // ü read as three strokes
    ['hillt', 'hüllt'], ['Aufschiitten', 'Aufschütten'],
    ['wei}', 'weiß'], ['gemai', 'gemäß'], ['grofben', 'großen'], // ß read as }, as i, as its stem and a b
    ['Gréfe', 'Größe'], // a short word with a glyph German never writes may have one ordinary garble more
    ['kGnnen', 'können'], // ö read as G, its bowl open where the dots touch it
    ['dber', 'über'], // ü read as d, its dots merged with the first stroke (dbrigen, dbermitteln in sans-serif print)
    ['grofken', 'großen'], // the tail of ß read as k (or g) beside its stem
  ])('%s has the candidate %s', (token, expected) => {
    expect(candidatesOf(token)).toContain(expected);
  });

  it.each([
    ['Klose'], ['daß'], ['Thür'], ['for'], ['können'], ['Strasse'], ['weiss'], ['Strasse'.toUpperCase()], ['gehoert'],
    ['Pa'], // two letters: no garbled reading (Paß), a fragment or an abbreviation
    ['Fritsttick'], // three garbles in a ten-letter word: over the budget
    ['Dai'], // an i read as ß only in a lowercase token: a capitalised one is as often a name (Dai, not Daß)
  ])('%s has no candidate', (token) => {
    expect(candidatesOf(token)).toEqual([]);
  });

  it.each([
    ['SchuB', 'Schuß'], // the print had ß where the reformed lexicon writes ss: kept as printed
    ['Auerdem', 'Außerdem'], // ß dropped after a vowel
    ['wei', 'weiß'],
  ])('%s has the candidate %s', (token, expected) => {
    expect(candidatesOf(token)).toContain(expected);
  });

  it.each([
    ['Resource', 'Reßource'], // before a vowel, ss was ss in the old spelling too
    ['Aufschiitten', 'Außchütten'], // before ch, the second s begins sch (Aus-schütten)
    ['hillt', 'hält'], // il is two strokes, no ä
  ])('%s has no candidate %s', (token, unexpected) => {
    expect(candidatesOf(token)).not.toContain(unexpected);
  });

  it('finds single garbles with a lexicon that can only look up whole keys', () => {
    const keyOnly = keyOnlyLexicon(WORDS);
    const candidatesWith = (token: string) => withGarbles(readingsOf(token, keyOnly), token, keyOnly).candidates.map((c) => c.text);
    expect(candidatesWith('Flinfte')).toContain('Fünfte');
    expect(candidatesWith('Paketiiberpriifung')).toContain('Paketüberprüfung');
    expect(candidatesWith('Frihsttick')).toEqual([]); // two ordinary garbles: only in one walk
  });

  it('reads an umlaut letter dropped altogether only when asked, and only as the one damage of the token', () => {
    const dropped = fakeLexicon({ möglich: 1300, über: 5000, Überprüfung: 40 });
    const withDropped = (token: string, on = true) => withGarbles(readingsOf(token, dropped), token, dropped, '', on).candidates.map((c) => c.text);
    expect(withDropped('mglich')).toEqual(['möglich']);
    expect(withDropped('ber')).toEqual(['über']);
    expect(withDropped('mglich', false)).toEqual([]);
    expect(withDropped('berprifung')).toEqual([]); // dropped ü and i for ü: two damages
  });

  it('reads the head of a hyphenated compound with its tail (Ausfiihrungs-Bits)', () => {
    expect(candidatesOf('Ausfiihrungs', 'Bits')).toEqual(['Ausführungs']);
  });

  it('knows how the lexicon writes the token itself', () => {
    expect(readingsOf('schon', lexicon)).toMatchObject({ isWordAsWritten: true, candidates: [{ text: 'schön' }] });
    expect(readingsOf('Vorschlage', lexicon)).toMatchObject({ isWordAsWritten: false, isRaisedWord: true });
  });

  it('takes the ß of before 1996 for the word itself, whose umlaut twin in that ß is its twin (mußte: musste; müßte)', () => {
    const reformed = fakeLexicon({ musste: 44, müsste: 20 });
    expect(readingsOf('mußte', reformed)).toMatchObject({ isWordAsWritten: true, spelling: 'musste', candidates: [{ text: 'müßte' }] });
  });

  it('reads a k as ß before a consonant, where a first part of a compound ends in ß (Grokbuchstaben), not before a vowel (Make is no Maße)', () => {
    const sharp = fakeLexicon({ Großbuchstaben: 5, Maße: 50 });
    const of = (token: string) => withGarbles(readingsOf(token, sharp), token, sharp).candidates.map((c) => c.text);
    expect(of('Grokbuchstaben')).toEqual(['Großbuchstaben']);
    expect(of('Make')).toEqual([]);
  });

  it('reads a two-letter lowercase token with a ß dropped at its end (mu: muß) or a glyph German never writes (aB: aß), not a capitalised one (Fu: a name as often as Fuß)', () => {
    const short = fakeLexicon({ muss: 300, Fuß: 40, saß: 5, aß: 5, zu: 900 });
    const of = (token: string) => withGarbles(readingsOf(token, short), token, short).candidates.map((c) => c.text);
    expect(of('mu')).toEqual(['muß']);
    expect(of('sa')).toEqual(['saß']);
    expect(of('aB')).toEqual(['aß']);
    expect(of('a&')).toEqual(['aß']);
    expect(of('Fu')).toEqual([]);
    expect(of('zB')).toEqual([]);
  });
});

describe('withLookalike: one ordinary letter misread besides the umlaut', () => {
  const readingsWithLookalike = (token: string) => withLookalike(withGarbles(readingsOf(token, lexicon), token, lexicon), token, lexicon).candidates;

  it.each([
    ['fubrt', 'führt'], // h read as b
    ['enthait', 'enthält'], // l read as i
    ['Antuhrungszeichen', 'Anführungszeichen'], // f read as t
    ['froblich', 'fröhlich'],
    ['kKdnnen', 'können'], // a letter read twice, once in each case (case echo) …
    ['mUuissen', 'müssen'], // … beside the umlaut's strokes
    ['standardmaSsig', 'standardmäßig'], // … and ß read as its capital beside the small letter
    ['licB', 'ließ'], // short, but B inside a word is evidently a garble
    ['Gebuscbgruppe', 'Gebüschgruppe'], // long: a spelling the corpus never counted qualifies too (not so Gebuscb)
  ])('%s has the candidate %s', (token, expected) => {
    expect(readingsWithLookalike(token).map((c) => c.text)).toContain(expected);
  });

  it.each([
    ['fbr'], // too short: an abbreviation or a name as often
    ['Mufter'], // Mutter with a misread f: a word more common than its umlaut twin
    ['Gebuscb'], // the candidate the corpus never counted
    ['licb'], // short, and nothing German never writes
    ['liB'], // three glyphs are too few even with a garble
    ['gehoert'], // e is never read for another letter: oe stays a spelling
    ['Klose'],
    ['Aachen'], // a capital before its small letter begins words: no echo
    ['Kkose'], // an echo whose dropping explains nothing
  ])('%s has no candidate', (token) => {
    expect(readingsWithLookalike(token)).toEqual([]);
  });

  it('costs more than a garbled umlaut and is not tried where a garble explains the token', () => {
    expect(readingsWithLookalike('fubrt')[0]!.cost).toBeGreaterThan(umlautDistance('Flinfte', 'Fünfte'));
    expect(readingsWithLookalike('Flinfte').map((c) => c.text)).toEqual(['Fünfte']);
  });
});

describe('misreadVariants: one ordinary misreading undone', () => {
  const texts = (token: string) => misreadVariants(token, true).map((variant) => variant.text);
  it.each([
    ['fubrt', 'fuhrt'], // h read as b
    ['inm', 'ihm'], // h read as n
    ['yon', 'von'], // v read as y
    ['Datet', 'Datei'], // i read as t
    ['femen', 'fernen'], // r and n that touch read as m
    ['aut', 'auf'], // f read as t
    ['diefer', 'dieser'], // the long s of old print read as f
    ['Gefellfchaft', 'Gesellschaft'], // every long s of a word
    ['Auffaffung', 'Auffassung'], // long s beside real f
    ['kKOnnen', 'kOnnen'], // a letter read twice, once in each case
  ])('%s → %s', (token, variant) => expect(texts(token)).toContain(variant));

  it('looks for the rarer misreadings only where a letter is misread alone', () => {
    expect(misreadVariants('inm').map((variant) => variant.text)).not.toContain('ihm');
    expect(misreadVariants('femen').map((variant) => variant.text)).not.toContain('fernen');
  });

  it('reads no f at the end of a word as a long s, which never ends one (Hof, not Hos)', () => {
    expect(texts('Hof')).not.toContain('Hos');
  });

  it('reads no more than four f of a word as long s (2^n readings)', () => {
    expect(texts('fffffa').filter((text) => !text.includes('f'))).toEqual([]);
  });
});

describe('readings: a noun the dictionary lists only as its verb (Mühe: mühen)', () => {
  const counting = (counts: Record<string, number>) => ({ ...fakeLexicon({ mühe: 0 }), frequency: (word: string) => counts[word] ?? 0 });
  it.each([
    ['counted with its capital far more often than without: a noun, not a raised verb', { Mühe: 21 }, false],
    ['counted with its capital about as often as without: a sentence start', { Mühe: 4, mühe: 3 }, true],
    ['counted too rarely to tell', { Mühe: 3 }, true],
  ])('%s', (_, counts, raised) => {
    const candidate = readingsOf('Muhe', counting(counts)).candidates.find((c) => c.text === 'Mühe');
    expect(candidate?.raisedCase).toBe(raised);
  });
});
