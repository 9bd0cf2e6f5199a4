/**
 * Steering the command line: --dict, the config file and its precedence,
 * --lang, suggestions in --diff, and the --review conversation driven with
 * injected input (the answers a reviewer would type, one a line).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runInProcess, workspace } from './cli-harness.js';

/** Maier is one letter from the document's Meier, but not an OCR slip: only a suggestion. */
const MEIER = 'Meier kam. Meier ging. Meier blieb. Dann Maier.\n';
/** A garbled ß: de-DE restores it, de-CH writes no ß and leaves it. */
const GARBLED_SHARP_S = 'Die StraBe ist groB.\n';
/** Old spellings, and one that lost its dots: restored only when the text is read as historic. */
const OLD_TEXT = 'Die Thur war offen.\n';

describe('--dict', () => {
  it('a user name is the target for its damaged form', async () => {
    const dir = workspace({ 'a.txt': 'Herr Kose sagte es.\n', 'names.txt': '# Namen\nKlose\n' });
    const { code, stdout } = await runInProcess({ args: ['--dict', 'names.txt', 'a.txt'], cwd: dir });
    expect(code).toBe(0);
    expect(stdout.toString()).toBe('Herr Klose sagte es.\n');
  });

  it('a protected word stays, from any of several files', async () => {
    const dir = workspace({ 'a.txt': 'Das ist fur dich.\n', 'a.dic': 'Klose\n', 'b.dic': '!fur\n' });
    const { stdout } = await runInProcess({ args: ['--dict', 'a.dic', '--dict', 'b.dic', 'a.txt'], cwd: dir });
    expect(stdout.toString()).toBe('Das ist fur dich.\n');
  });

  it.each([
    ['a bad line', { 'bad.dic': 'Klose\nKai Klose\n' }, /bad\.dic:2: "Kai Klose" is more than one word/],
    ['a missing file', {}, /dictionary .*bad\.dic: no such file/],
  ])('%s is a usage error (exit 2)', async (_, files, stderr) => {
    const dir = workspace({ 'a.txt': 'Text.\n', ...files });
    const outcome = await runInProcess({ args: ['--dict', 'bad.dic', 'a.txt'], cwd: dir });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(stderr);
  });
});

describe('config file', () => {
  it.each([
    ['is found upward from the input and sets defaults', { '.clean-ocr.json': '{"lang":"de-CH"}' }, ['docs/a.txt'], GARBLED_SHARP_S],
    ['sets flags too (historic)', { '.clean-ocr.json': '{"historic":true,"lang":"de-CH"}' }, ['docs/a.txt'], GARBLED_SHARP_S],
    ['a negated flag on the command line beats it (--no-historic)', { '.clean-ocr.json': '{"historic":true}' }, ['--no-historic', 'docs/old.txt'], OLD_TEXT],
    ['…and the flag beats its negation in the file', { '.clean-ocr.json': '{"historic":false}' }, ['--historic', 'docs/old.txt'], OLD_TEXT.replace('Thur', 'Thür')],
    ['is overridden by a flag', { '.clean-ocr.json': '{"lang":"de-CH"}' }, ['--lang', 'de-DE', 'docs/a.txt'], 'Die Straße ist groß.\n'],
    ['is chosen with --config', { 'conf/my.json': '{"lang":"de-CH"}' }, ['--config', 'conf/my.json', 'docs/a.txt'], GARBLED_SHARP_S],
    ['takes dictionary paths relative to itself', { 'conf/my.json': '{"dict":["names.txt"]}', 'conf/names.txt': '!StraBe\n!groB\n' }, ['--config', 'conf/my.json', 'docs/a.txt'], GARBLED_SHARP_S],
  ])('%s', async (_, files, args, expected) => {
    const dir = workspace({ 'docs/a.txt': GARBLED_SHARP_S, 'docs/old.txt': OLD_TEXT, ...files });
    const { code, stdout, stderr } = await runInProcess({ args, cwd: dir });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.toString()).toBe(expected);
  });

  it('adds its dictionaries to those given as flags', async () => {
    const dir = workspace({ 'a.txt': 'Das ist fur dich, gross.\n', '.clean-ocr.json': '{"dict":["one.dic"]}', 'one.dic': '!fur\n', 'two.dic': '!gross\n' });
    const { stdout } = await runInProcess({ args: ['--dict', 'two.dic', 'a.txt'], cwd: dir });
    expect(stdout.toString()).toBe('Das ist fur dich, gross.\n');
  });

  it.each([
    ['an unknown key', '{"minConfidense":0.8}', /unknown option "minConfidense"/],
    ['a wrong type', '{"reflow":"yes"}', /"reflow" must be true or false/],
    ['a value out of range', '{"minConfidence":2}', /"minConfidence": a number from 0 to 1/],
    ['a value not among the choices', '{"quotes":"french"}', /"quotes" must be one of auto, german, guillemets, keep/],
    ['not JSON', '{minConfidence: 0.8}', /not valid JSON/],
    ['not an object', '[1]', /must hold one JSON object/],
  ])('%s is a usage error (exit 2)', async (_, config, stderr) => {
    const dir = workspace({ 'a.txt': 'Text.\n', '.clean-ocr.json': config });
    const outcome = await runInProcess({ args: ['a.txt'], cwd: dir });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(stderr);
  });
});

describe('--diff marks suggestions', () => {
  it('shows a change not made with its confidence', async () => {
    const dir = workspace({ 'a.txt': MEIER });
    const { stdout } = await runInProcess({ args: ['--diff', 'a.txt'], cwd: dir });
    expect(stdout.toString()).toMatch(/^1:42 +\. Dann \[\?Maier→Meier 0\.3\?\]\.⏎\n$/);
  });
});

describe('--review', () => {
  async function review(answers: string, args: string[] = [], files: Record<string, string> = {}) {
    const dir = workspace({ 'a.txt': MEIER, ...files });
    const outcome = await runInProcess({ args: ['--review', ...args, 'a.txt'], cwd: dir, stdin: answers });
    return { ...outcome, dir };
  }

  it.each([
    ['y accepts the suggestion', 'y\n', 'Meier kam. Meier ging. Meier blieb. Dann Meier.\n'],
    ['n rejects it', 'n\n', MEIER],
    ['e writes the reviewer’s own text', 'e\nMeyer\n', 'Meier kam. Meier ging. Meier blieb. Dann Meyer.\n'],
    ['a accepts all of this word', 'a\n', 'Meier kam. Meier ging. Meier blieb. Dann Meier.\n'],
    ['q quits and keeps the default', 'q\n', MEIER],
    ['the end of the input quits', '', MEIER],
    ['an unknown key asks again', 'x\ny\n', 'Meier kam. Meier ging. Meier blieb. Dann Meier.\n'],
  ])('%s', async (_, answers, expected) => {
    const { code, stdout, stderr } = await review(answers);
    expect(code).toBe(0);
    expect(stdout.toString()).toBe(expected);
    expect(stderr).toContain('Maier → Meier');
    expect(stderr).toContain('confidence 0.3 (suggestion)');
  });

  it('shows the context of each case', async () => {
    const { stderr } = await review('n\n');
    expect(stderr).toContain('a.txt:1:42  names/document-name');
    expect(stderr).toContain('…. Meier ging. Meier blieb. Dann [Maier].⏎…');
  });

  it('d keeps the word and adds it to the dictionary as protected', async () => {
    const { stdout, dir } = await review('d\n', ['--dict', 'names.dic'], { 'names.dic': 'Klose' });
    expect(stdout.toString()).toBe(MEIER);
    expect(fs.readFileSync(path.join(dir, 'names.dic'), 'utf8')).toBe('Klose\n!Maier\n');
  });

  it('d without a dictionary says so and asks again', async () => {
    const { stdout, stderr } = await review('d\ny\n');
    expect(stderr).toContain('no dictionary to add to');
    expect(stdout.toString()).toBe('Meier kam. Meier ging. Meier blieb. Dann Meier.\n');
  });

  it('writes the file in place with the answers', async () => {
    const { code, dir } = await review('y\n', ['--in-place']);
    expect(code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe('Meier kam. Meier ging. Meier blieb. Dann Meier.\n');
  });

  it('needs a file: the answers come from stdin', async () => {
    const outcome = await runInProcess({ args: ['--review'], cwd: workspace(), stdin: MEIER });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/--review needs files/);
  });

  /** The real binary on a pseudo-terminal (python3's pty module), answering as a person would type. */
  const PTY_DRIVER = `
import os, pty, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
seen = b''
def read_until(token):
    global seen
    deadline = time.time() + 20
    while token not in seen and time.time() < deadline:
        try: seen += os.read(fd, 4096)
        except OSError: break
read_until(b'[y,n,e,a,d,q,?]')
os.write(fd, b'y\\n')
read_until(b'kept for the dictionary')
os.waitpid(pid, 0)
sys.stdout.write(seen.decode())
`;
  const hasPython = spawnSync('python3', ['--version']).status === 0;

  it.skipIf(!hasPython)('works on a terminal', () => {
    const dir = workspace({ 'a.txt': MEIER });
    const result = spawnSync('python3', ['-c', PTY_DRIVER, BIN, '--review', 'a.txt', '-o', 'out'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout).toContain('Maier → Meier  [y,n,e,a,d,q,?] y');
    expect(fs.readFileSync(path.join(dir, 'out', 'a.txt'), 'utf8')).toBe('Meier kam. Meier ging. Meier blieb. Dann Meier.\n');
  });
});
