// What the umlaut stage may skip without reading a word's context (real lexicon).
import { describe, expect, it } from 'vitest';
import { ReadingCache } from '../src/correction/reading-cache.js';
import { loadLexicon } from '../src/lexicon/load.js';

const cache = ReadingCache.of(loadLexicon());

describe('WordReadings.isUnreadable: a non-word no reading explains', () => {
  it.each([
    ['Xqzvbn', 'no reading of any kind'],
    ['xterm', 'a command name'],
    ['Smith', 'an English name'],
  ])('%s is unreadable (%s)', (word) => expect(cache.get(word).isUnreadable).toBe(true));

  it.each([
    ['Haus', 'a word'],
    ['Grobe', 'a word of the lexicon written with a capital (ihre Grobe: Größe)'],
    ['fur', 'a lost umlaut: für'],
    ['kdnnen', 'a garbled umlaut: können'],
    ['Befehi', 'a misread letter: Befehl'],
    ['Fundstiicke', 'a compound the dictionary lacks: Fundstücke'],
  ])('%s is not (%s)', (word) => expect(cache.get(word).isUnreadable).toBe(false));
});

describe('WordReadings.isLongSWord: a non-word whose misread letter is the long s read as f', () => {
  it.each(['fagte', 'fie', 'diefer', 'Gefellfchaft'])('%s is one', (word) => expect(cache.get(word).isLongSWord).toBe(true));

  it.each([
    ['fein', 'a word as written (fein, not sein)'],
    ['Befehi', 'another misread letter: Befehl'],
    ['fur', 'a lost umlaut, no long s: für'],
    ['xterm', 'no reading'],
  ])('%s is not (%s)', (word) => expect(cache.get(word).isLongSWord).toBe(false));
});
