import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFilesFor } from '../src/clean.js';
import { readLexiconData } from '../src/lexicon/binary-format.js';
import { readDataFile, shareDataFiles, useSharedDataFiles } from '../src/lexicon/data-files.js';
import { bigramsPath, loadBigrams } from '../src/lexicon/bigrams.js';
import { lexiconPath, loadLexicon } from '../src/lexicon/load.js';

function temporaryFile(bytes: Uint8Array): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'clean-ocr-data-')), 'data.bin');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('data files shared with worker threads', () => {
  it('reads each file into shared memory, byte for byte', () => {
    const bytes = Uint8Array.from({ length: 9_000 }, (_, i) => (i * 7) % 256);
    const file = temporaryFile(bytes);
    const shared = shareDataFiles([file]);
    expect(shared[file]).toBeInstanceOf(SharedArrayBuffer);
    expect(new Uint8Array(shared[file]!)).toEqual(bytes);
  });

  it('leaves out a file it cannot read (the worker that needs it reports it)', () => {
    expect(shareDataFiles([path.join(os.tmpdir(), 'clean-ocr-no-such-file.bin')])).toEqual({});
  });

  it('answers from the shared copy once given it, without reading the disk', () => {
    const file = temporaryFile(Uint8Array.of(1, 2, 3));
    useSharedDataFiles(shareDataFiles([file]));
    fs.rmSync(file);
    expect([...readDataFile(file)]).toEqual([1, 2, 3]);
  });

  it('reads a file it was given no copy of from the disk', () => {
    const file = temporaryFile(Uint8Array.of(4, 5));
    expect([...readDataFile(file)]).toEqual([4, 5]);
  });

  it('shares the lexicon of the language and the word pairs', () => {
    const files = dataFilesFor({ lang: 'de-AT' });
    expect(files).toContain(lexiconPath('de-AT'));
    expect(files.every((file) => fs.existsSync(file))).toBe(true);
  });

  it('gives a lexicon read from shared memory the answers of one read from disk', () => {
    const fromDisk = loadLexicon();
    useSharedDataFiles(shareDataFiles([lexiconPath()]));
    const fromShared = loadLexicon();
    for (const word of ['für', 'Staatssekretär', 'fur', 'Integrationskonferenz', 'kdnnen']) {
      expect(fromShared.isWord(word)).toBe(fromDisk.isWord(word));
    }
    expect(fromShared.frequency('für')).toBe(fromDisk.frequency('für'));
  });
});

describe('data files left out of the start-up snapshot (released before it is saved, read again when it is restored)', () => {
  it('a released lexicon says why it cannot answer, and answers as before once rebound to its file', () => {
    const lexicon = loadLexicon();
    const before = ['für', 'fur', 'Integrationskonferenz'].map((word) => [lexicon.isForm(word), lexicon.everydayFrequency(word)]);
    lexicon.release();
    expect(() => lexicon.isForm('Haus')).toThrow(/released for the start-up snapshot/);
    lexicon.rebind(readLexiconData(fs.readFileSync(lexiconPath())));
    expect(['für', 'fur', 'Integrationskonferenz'].map((word) => [lexicon.isForm(word), lexicon.everydayFrequency(word)])).toEqual(before);
  });

  it('…and so do the word pairs', () => {
    const pairs = loadBigrams();
    const before = pairs.contextPreference('es', 'sein', 'könnte', 'konnte');
    pairs.release();
    expect(() => pairs.contextPreference('es', 'sein', 'könnte', 'konnte')).toThrow(/released for the start-up snapshot/);
    pairs.rebind(fs.readFileSync(bigramsPath()));
    expect(pairs.contextPreference('es', 'sein', 'könnte', 'konnte')).toBe(before);
  });
});
