/**
 * Every fixture case is a folder: input.txt, expected.txt (not for negative
 * cases: they must come out unchanged) and note.md saying what it shows.
 * A case with known-failure.md documents something not repaired yet: its test
 * is expected to fail, and starts failing loudly once the repair works.
 * A case with options.json is cleaned with those options (e.g. {"lang": "de-CH"}).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, cleanBytes } from '../src/index.js';
import type { CleanOptions } from '../src/types.js';

const root = path.join(import.meta.dirname, '..', 'fixtures');
const GROUPS = ['in-the-wild', 'synthetic', 'negative'] as const;

function cases(group: string): string[] {
  const dir = path.join(root, group);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, 'input.txt'))).sort() : [];
}

for (const group of GROUPS) {
  describe(`fixtures: ${group}`, () => {
    for (const name of cases(group)) {
      const dir = path.join(root, group, name);
      const input = fs.readFileSync(path.join(dir, 'input.txt'));
      const expected = group === 'negative' ? input.toString('utf8') : fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8');
      const knownFailure = fs.existsSync(path.join(dir, 'known-failure.md'));
      const optionsFile = path.join(dir, 'options.json');
      const options = fs.existsSync(optionsFile) ? (JSON.parse(fs.readFileSync(optionsFile, 'utf8')) as Partial<CleanOptions>) : {};

      it('has a note saying what it shows', () => {
        expect(fs.readFileSync(path.join(dir, 'note.md'), 'utf8').trim().length).toBeGreaterThan(20);
      });

      (knownFailure ? it.fails : it)(`${name}: cleans to the expected text`, () => {
        expect(cleanBytes(input, options).text).toBe(expected);
      });

      it(`${name}: cleaning the output again changes nothing`, () => {
        const once = cleanBytes(input, options).text;
        expect(clean(once, options).text).toBe(once);
      });

      it(`${name}: output is NFC`, () => {
        const out = cleanBytes(input, options).text;
        expect(out.normalize('NFC')).toBe(out);
      });
    }
  });
}
