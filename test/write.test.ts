import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '../src/app/write.js';

const folders: string[] = [];
function workspace(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'clean-ocr-write-'));
  folders.push(folder);
  return folder;
}
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

describe('writeAtomic', () => {
  it('makes the folders a new file needs, and leaves no temporary file', () => {
    const root = workspace();
    const target = path.join(root, 'a', 'b', 'page.txt');
    writeAtomic(target, 'für');
    expect(fs.readFileSync(target, 'utf8')).toBe('für');
    expect(fs.readdirSync(path.dirname(target))).toEqual(['page.txt']);
  });

  it('makes a folder again when it was removed after an earlier write into it', () => {
    const root = workspace();
    const folder = path.join(root, 'out');
    writeAtomic(path.join(folder, 'one.txt'), '1');
    fs.rmSync(folder, { recursive: true });
    writeAtomic(path.join(folder, 'two.txt'), '2');
    expect(fs.readdirSync(folder)).toEqual(['two.txt']);
  });

  it('replaces an existing file with the given mode', () => {
    const target = path.join(workspace(), 'page.txt');
    fs.writeFileSync(target, 'alt');
    writeAtomic(target, 'neu', 0o640);
    expect(fs.readFileSync(target, 'utf8')).toBe('neu');
    expect(fs.statSync(target).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['page.txt']);
  });
});
