// What a whole document says about its words: lost umlauts, and whether it tells a story (real lexicon).
import { describe, expect, it } from 'vitest';
import { EvidenceCounter } from '../src/correction/evidence.js';
import { ReadingCache } from '../src/correction/reading-cache.js';
import { loadLexicon } from '../src/lexicon/load.js';

const cache = ReadingCache.of(loadLexicon());

function evidenceOf(text: string) {
  const counter = new EvidenceCounter();
  for (const word of text.split(/[^\p{L}]+/u).filter(Boolean)) counter.add(cache.get(word));
  return counter.evidence();
}

describe('DocumentEvidence.narrative: the document tells a story in the past tense', () => {
  it.each([
    ['a story', 'Es war ein kalter Morgen. Die Männer sahen nach dem Wetter, dann gingen sie hinaus auf die Felder.', true],
    ['a manual', 'Mit fsck führen Sie eine Prüfung des Dateisystems durch, und die Ergebnisse können Sie später lesen.', false],
    ['a short notice with one past tense, which tells no story', 'Die Prüfung war schwer. Es könnte sein, dass es regnet.', false],
    ['a long text with a few past tenses among many present ones', `${'Das Programm liest die Datei und schreibt das Ergebnis. '.repeat(20)}Es war, sagte er, ging.`, false],
  ])('%s: %s', (_, text, narrative) => {
    expect(evidenceOf(text).narrative).toBe(narrative);
  });
});

describe('DocumentEvidence.damageRate: the share of umlauts the OCR lost', () => {
  it('is high where non-words become words with an umlaut and no umlaut came through', () => {
    expect(evidenceOf('Die Manner konnen fur uns sprechen, fur die Kinder und fur alle.').damageRate).toBeGreaterThan(0.8);
  });
  it('is low where the umlauts came through', () => {
    expect(evidenceOf('Die Männer können für uns sprechen, für die Kinder und für alle.').damageRate).toBeLessThan(0.2);
  });
});
