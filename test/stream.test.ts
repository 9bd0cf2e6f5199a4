/**
 * Large inputs and stdin are cleaned as a stream of paragraphs: the result
 * must be the same text as cleaning the whole at once, and output must start
 * before the input has ended.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { CHUNK_CHARS, cleanChunks } from '../src/stream.js';
import { BIN, runSpawned, workspace } from './cli-harness.js';

const PARAGRAPH =
  'Der Staatssekretar betonte, ,,dass wir mit dem Integrationsplan unser Integrations-\n' +
  'verstandnis formuliert haben“. Die Konferenz fuhrte eine Diskussion.\n\n';

async function* piecesOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function cleanInChunks(text: string, pieceSize: number) {
  let out = '';
  const changes = [];
  for await (const result of cleanChunks(piecesOf(text, pieceSize))) {
    out += result.text;
    changes.push(...result.changes);
  }
  return { text: out, changes };
}

describe('cleanChunks', () => {
  const long = PARAGRAPH.repeat(Math.ceil((3 * CHUNK_CHARS) / PARAGRAPH.length));

  it.each([1000, 65_536, CHUNK_CHARS + 7])('gives the same text as clean() on the whole (pieces of %i)', async (size) => {
    const streamed = await cleanInChunks(long, size);
    const whole = clean(long);
    expect(streamed.text).toBe(whole.text);
    expect(streamed.changes.map((c) => [c.line, c.column, c.offset, c.after])).toEqual(whole.changes.map((c) => [c.line, c.column, c.offset, c.after]));
  });

  it('cuts a text without paragraph ends too, at a line end, so memory stays bounded', async () => {
    const lines = 'eine Zeile ohne Satzende und ohne Leerzeile\n'.repeat(Math.ceil((5 * CHUNK_CHARS) / 44));
    let chunks = 0;
    for await (const result of cleanChunks(piecesOf(lines, 10_000))) {
      chunks++;
      expect(result.text.length).toBeLessThanOrEqual(5 * CHUNK_CHARS);
    }
    expect(chunks).toBeGreaterThan(1);
  });
});

describe('stdin as a stream', () => {
  it('writes the first paragraphs before stdin ends', async () => {
    const child = spawn(BIN, [], { stdio: ['pipe', 'pipe', 'pipe'] });
    const firstOutput = new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    child.stdin.write(PARAGRAPH.repeat(Math.ceil((2 * CHUNK_CHARS) / PARAGRAPH.length)));
    const first = await firstOutput; // arrives while stdin is still open
    expect(first.startsWith(clean(PARAGRAPH).text.slice(0, 40))).toBe(true);
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });
});

describe('a long text through the command line', () => {
  it('comes out the same from a file, from a pipe and from clean(), with the file named in the report', () => {
    const text = PARAGRAPH.repeat(Math.ceil((3 * CHUNK_CHARS) / PARAGRAPH.length));
    const dir = workspace({ 'long.txt': text });
    const fromFile = runSpawned({ args: ['long.txt', '--report', 'changes.jsonl'], cwd: dir });
    const fromPipe = runSpawned({ args: [], cwd: dir, stdin: text });
    const expected = clean(text).text;
    expect(fromFile.stdout.toString('utf8')).toBe(expected);
    expect(fromPipe.stdout.toString('utf8')).toBe(expected);
    const first = JSON.parse(fs.readFileSync(path.join(dir, 'changes.jsonl'), 'utf8').split('\n')[0]!);
    expect(first.file).toBe('long.txt');
  });
});
