/**
 * Random and truncated bytes and random Unicode: clean() and the command line
 * must never crash or hang, and what they write is always valid UTF-8 in NFC.
 * The generator is seeded, so a failure can be reproduced.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, cleanBytes, InputError } from '../src/index.js';
import { runSpawned, workspace } from './cli-harness.js';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters OCR text is made of, plus the troublemakers. */
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüÄÖÜßéè0123456789',
  ...' \n\n\r\n\t.,;:!?-–—„“”‚‘’»«"\'*®©¬=()[]/\\',
  '\u00ad', '\u00a0', '\u200b', '\ufeff', '\u0308', '\u0301', '\ufb01', 'Ã', '¼', 'Ÿ', '\u0000', '\u0007', '\ud800', '\udc00', '😀', '\u2028',
];

function randomText(next: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return text;
}

function expectValidOutput(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
  expect(text.normalize('NFC')).toBe(text);
}

const fixtureInputs = ['in-the-wild/press-release', 'synthetic/mojibake', 'negative/clean-german'].map((name) =>
  fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', name, 'input.txt')),
);

describe('fuzz', () => {
  it('random Unicode text always gives valid UTF-8 NFC', () => {
    const next = random(1);
    for (let round = 0; round < 300; round++) {
      const { text } = clean(randomText(next, Math.floor(next() * 400)));
      expectValidOutput(text);
    }
  });

  it('random and truncated bytes are cleaned or refused with an InputError, never a crash', () => {
    const next = random(2);
    const inputs: Uint8Array[] = [];
    for (let round = 0; round < 200; round++) {
      inputs.push(Uint8Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256)));
    }
    for (const fixture of fixtureInputs) {
      for (let cut = 0; cut < 60; cut++) inputs.push(fixture.subarray(0, Math.floor(next() * fixture.length)));
    }
    for (const bytes of inputs) {
      try {
        expectValidOutput(cleanBytes(bytes).text);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });

  it('the command line answers random bytes with a result or a one-line error', () => {
    const next = random(3);
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 12; i++) files[`in/${i}.txt`] = Buffer.from(Array.from({ length: 1 + Math.floor(next() * 2000) }, () => Math.floor(next() * 256)));
    const dir = workspace(files);
    const outcome = runSpawned({ args: ['in', '-o', 'out'], cwd: dir });
    expect([0, 1]).toContain(outcome.code);
    for (const line of outcome.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^clean-ocr: in\/\d+\.txt: /);
    for (const name of fs.existsSync(path.join(dir, 'out')) ? fs.readdirSync(path.join(dir, 'out')) : []) {
      expectValidOutput(fs.readFileSync(path.join(dir, 'out', name), 'utf8'));
    }
  });
});
