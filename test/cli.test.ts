/**
 * The command line as a user meets it. Each case runs twice: in-process
 * through main() and as the spawned binary (bin/clean-ocr.cjs on dist/).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runInProcess, runSpawned, snapshot, workspace, type Outcome } from './cli-harness.js';

const DIRTY = 'Staats\u200bsekretär\u00a0Klose  \n';
const CLEAN = 'Staatssekretär Klose\n';

interface Case {
  name: string;
  files?: Record<string, string | Buffer>;
  /** Symbolic links to make (path → what it points to). */
  links?: Record<string, string>;
  args: string[];
  stdin?: string | Buffer;
  code: number;
  stdout?: string | RegExp;
  stderr?: string | RegExp;
  /** The whole tree afterwards (relative path → content); files not listed must not exist. */
  tree?: Record<string, string>;
  check?: (outcome: Outcome, dir: string) => void;
}

const CASES: Case[] = [
  { name: 'file to stdout', files: { 'a.txt': DIRTY }, args: ['a.txt'], code: 0, stdout: CLEAN, stderr: '' },
  { name: 'stdin to stdout when no path is given', args: [], stdin: DIRTY, code: 0, stdout: CLEAN },
  { name: '- reads stdin', args: ['-'], stdin: DIRTY, code: 0, stdout: CLEAN },
  {
    name: 'folder to --out-dir keeps relative paths, takes only .txt (--jobs 2: this thread and a worker thread)',
    files: { 'in/a.txt': DIRTY, 'in/sub/deep/b.txt': DIRTY, 'in/notes.md': DIRTY, 'in/.hidden/c.txt': DIRTY },
    args: ['in', '-o', 'out', '--jobs', '2'],
    code: 0,
    stdout: '',
    tree: { 'in/a.txt': DIRTY, 'in/sub/deep/b.txt': DIRTY, 'in/notes.md': DIRTY, 'in/.hidden/c.txt': DIRTY, 'out/a.txt': CLEAN, 'out/sub/deep/b.txt': CLEAN },
  },
  {
    name: 'a folder with --jobs 1 gives the same tree as with a worker thread',
    files: { 'in/a.txt': DIRTY, 'in/sub/b.txt': DIRTY, 'in/c.txt': CLEAN },
    args: ['in', '-o', 'out', '--jobs', '1'],
    code: 0,
    tree: { 'in/a.txt': DIRTY, 'in/sub/b.txt': DIRTY, 'in/c.txt': CLEAN, 'out/a.txt': CLEAN, 'out/sub/b.txt': CLEAN, 'out/c.txt': CLEAN },
  },
  {
    name: '--ext chooses the endings taken from folders',
    files: { 'in/a.txt': DIRTY, 'in/b.md': DIRTY },
    args: ['in', '--ext', 'md', '-o', 'out'],
    code: 0,
    tree: { 'in/a.txt': DIRTY, 'in/b.md': DIRTY, 'out/b.md': CLEAN },
  },
  {
    name: '--in-place with --backup replaces the inputs and keeps the originals',
    files: { 'a.txt': DIRTY, 'b.txt': DIRTY },
    args: ['--in-place', '--backup', '.orig', 'a.txt', 'b.txt'],
    code: 0,
    tree: { 'a.txt': CLEAN, 'b.txt': CLEAN, 'a.txt.orig': DIRTY, 'b.txt.orig': DIRTY },
  },
  {
    name: 'a binary file is refused with one line, the others are cleaned (--jobs 2: with a worker thread)',
    files: { 'in/a.txt': DIRTY, 'in/image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0]) },
    args: ['in', '-o', 'out', '--jobs', '2'],
    code: 1,
    stderr: /^clean-ocr: in\/image\.txt: binary content \(NUL bytes\), not a text file\n$/,
    check: (_, dir) => {
      expect(fs.readFileSync(path.join(dir, 'out/a.txt'), 'utf8')).toBe(CLEAN);
      expect(fs.existsSync(path.join(dir, 'out/image.txt'))).toBe(false);
    },
  },
  {
    name: 'an output that is its own input is refused',
    files: { 'in/a.txt': DIRTY },
    args: ['in', '-o', 'in'],
    code: 2,
    stderr: /output would overwrite the input/,
    tree: { 'in/a.txt': DIRTY },
  },
  {
    name: 'an output that is another input is refused',
    files: { 'a.txt': DIRTY, 'done/a.txt': 'fur\n' },
    args: ['a.txt', 'done/a.txt', '-o', 'done'],
    code: 2,
    stderr: 'clean-ocr: a.txt: output would overwrite the input done/a.txt (use --in-place to replace inputs)\nclean-ocr --help shows the options\n',
    tree: { 'a.txt': DIRTY, 'done/a.txt': 'fur\n' },
  },
  {
    name: 'a folder walked is walked without the output folder inside it (a second run writes over its own outputs)',
    files: { 'in/a.txt': DIRTY, 'in/clean/a.txt': 'an earlier output\n' },
    args: ['in', '-o', 'in/clean'],
    code: 0,
    tree: { 'in/a.txt': DIRTY, 'in/clean/a.txt': CLEAN },
  },
  { name: 'several inputs to stdout are refused', files: { 'a.txt': DIRTY, 'b.txt': DIRTY }, args: ['a.txt', 'b.txt'], code: 2, stdout: '', stderr: /several inputs/ },
  { name: 'a folder to stdout is refused', files: { 'in/a.txt': DIRTY }, args: ['in'], code: 2, stdout: '', stderr: /several inputs/ },
  {
    name: 'Windows-1252 input is read as such, with a notice',
    files: { 'a.txt': Buffer.from([0x66, 0xfc, 0x72, 0x20, 0x84, 0x47, 0x72, 0xf6, 0xdf, 0x65, 0x93, 0x0a]) },
    args: ['a.txt'],
    code: 0,
    stdout: 'für „Größe“\n',
    stderr: /^clean-ocr: a\.txt: not valid UTF-8, read as Windows-1252/,
  },
  {
    name: 'UTF-16 LE with BOM',
    files: { 'a.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Größe\u00a0Ä\n', 'utf16le')]) },
    args: ['a.txt'],
    code: 0,
    stdout: 'Größe Ä\n',
  },
  {
    name: 'UTF-16 BE with BOM',
    files: { 'a.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Größe\u00a0Ä\n', 'utf16le').swap16()]) },
    args: ['a.txt'],
    code: 0,
    stdout: 'Größe Ä\n',
  },
  { name: 'a UTF-8 BOM is dropped', files: { 'a.txt': '\ufeffGröße\n' }, args: ['a.txt'], code: 0, stdout: 'Größe\n' },
  { name: '--encoding forces an encoding', files: { 'a.txt': Buffer.from([0x66, 0xfc, 0x72, 0x0a]) }, args: ['--encoding', 'latin1', 'a.txt'], code: 0, stdout: 'für\n', stderr: '' },
  { name: 'an unknown --encoding is refused', files: { 'a.txt': 'x\n' }, args: ['--encoding', 'klingon', 'a.txt'], code: 1, stderr: /unknown encoding "klingon"/ },
  { name: 'CRLF line endings are kept', files: { 'a.txt': 'eins  \r\nzwei\u00a0drei\r\n' }, args: ['a.txt'], code: 0, stdout: 'eins\r\nzwei drei\r\n' },
  {
    name: 'a missing input fails, the others are still written',
    files: { 'a.txt': DIRTY },
    args: ['a.txt', 'missing.txt', '-o', 'out'],
    code: 1,
    stderr: 'clean-ocr: missing.txt: no such file or folder\n',
    tree: { 'a.txt': DIRTY, 'out/a.txt': CLEAN },
  },
  { name: 'an empty file fails with a clear message', files: { 'a.txt': '' }, args: ['a.txt'], code: 1, stderr: 'clean-ocr: a.txt: empty input, nothing to clean\n' },
  { name: 'a file of only a byte order mark is empty too', files: { 'a.txt': '\ufeff' }, args: ['a.txt'], code: 1, stderr: 'clean-ocr: a.txt: empty input, nothing to clean\n' },
  { name: 'stdin of only a byte order mark is empty', args: [], stdin: '\ufeff', code: 1, stdout: '', stderr: 'clean-ocr: <stdin>: empty input, nothing to clean\n' },
  {
    name: 'UTF-32 is named, not read as UTF-16 with NULs',
    files: { 'a.txt': Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x48, 0x00, 0x00, 0x00]) },
    args: ['a.txt'],
    code: 1,
    stdout: '',
    stderr: /^clean-ocr: a\.txt: UTF-32 text, which clean-ocr does not read: convert it to UTF-8 first/,
  },
  {
    name: 'UTF-16 with NUL characters is binary',
    files: { 'a.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ha\0\0x\n', 'utf16le')]) },
    args: ['a.txt'],
    code: 1,
    stdout: '',
    stderr: 'clean-ocr: a.txt: binary content (NUL characters), not a text file\n',
  },
  {
    name: 'a folder with nothing to clean fails with a word on why',
    files: { 'in/notes.md': DIRTY },
    args: ['in', '-o', 'out'],
    code: 1,
    stderr: 'clean-ocr: in: no files ending in .txt in this folder (--ext chooses others)\n',
    tree: { 'in/notes.md': DIRTY },
  },
  {
    name: 'a classic Mac file over the line limit is told to convert its CR line ends',
    files: { 'a.txt': 'Eine Zeile.\r'.repeat(100_000) },
    args: ['a.txt'],
    code: 1,
    stdout: '',
    stderr: /^clean-ocr: a\.txt: line 1 is longer than 1048576 characters: its lines end in CR alone \(a classic Mac file\); convert them first/,
  },
  {
    name: 'a huge line is refused',
    files: { 'a.txt': 'x'.repeat((1 << 20) + 1) + '\n' },
    args: ['a.txt'],
    code: 1,
    stdout: '',
    stderr: /a\.txt: line 1 is longer than 1048576 characters/,
  },
  {
    name: '--report writes JSON Lines that parse',
    files: { 'a.txt': DIRTY },
    args: ['a.txt', '--report', 'changes.jsonl'],
    code: 0,
    stdout: CLEAN,
    check: (_, dir) => {
      const lines = fs.readFileSync(path.join(dir, 'changes.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
      expect(lines).toEqual([
        { file: 'a.txt', line: 1, column: 7, stage: 'whitespace', rule: 'zero-width', before: '\u200b', after: '', confidence: 1, applied: true },
        { file: 'a.txt', line: 1, column: 16, stage: 'whitespace', rule: 'special-space', before: '\u00a0', after: ' ', confidence: 1, applied: true },
        { file: 'a.txt', line: 1, column: 22, stage: 'whitespace', rule: 'trailing-space', before: '  ', after: '', confidence: 1, applied: true },
      ]);
    },
  },
  { name: '--report - goes to stderr', files: { 'a.txt': DIRTY }, args: ['a.txt', '--report', '-'], code: 0, stdout: CLEAN, stderr: /"rule":"zero-width"/ },
  { name: '--check exits 1 and names what would change', files: { 'a.txt': DIRTY, 'b.txt': CLEAN }, args: ['--check', 'a.txt', 'b.txt'], code: 1, stdout: 'a.txt\n', tree: { 'a.txt': DIRTY, 'b.txt': CLEAN } },
  { name: '--check exits 0 when nothing would change', files: { 'b.txt': CLEAN }, args: ['--check', 'b.txt'], code: 0, stdout: '' },
  { name: '--diff shows the changes word by word', files: { 'a.txt': 'Der  Staat\u00a0Hessen\n' }, args: ['--diff', 'a.txt'], code: 0, stdout: /\[-<U\+00A0>-\]\{\+ \+\}/ },
  { name: '--stats summarises on stderr', files: { 'a.txt': DIRTY }, args: ['--stats', 'a.txt'], code: 0, stdout: CLEAN, stderr: 'a.txt: 3 changes (whitespace 3), 0 suggestions\n' },
  { name: '--skip leaves a stage out', files: { 'a.txt': 'a\u00a0b\n' }, args: ['--skip', 'whitespace', 'a.txt'], code: 0, stdout: 'a\u00a0b\n' },
  { name: 'an unknown stage is a usage error', files: { 'a.txt': 'x\n' }, args: ['--skip', 'spelling', 'a.txt'], code: 2, stderr: /unknown stage spelling/ },
  { name: 'an unknown option is a usage error', args: ['--frobnicate'], stdin: '', code: 2, stderr: /unknown option '--frobnicate'/ },
  {
    name: '--backup never replaces an earlier backup (the original would be lost on a second run)',
    files: { 'a.txt': DIRTY, 'a.txt.orig': 'the original\n' },
    args: ['--in-place', '--backup', '.orig', 'a.txt'],
    code: 2,
    stderr: /^clean-ocr: a\.txt\.orig: a backup exists already and is never replaced/,
    tree: { 'a.txt': DIRTY, 'a.txt.orig': 'the original\n' },
  },
  {
    name: '--in-place through a symbolic link cleans the file it points to, and the link stays',
    files: { 'real.txt': DIRTY },
    links: { 'link.txt': 'real.txt' },
    args: ['--in-place', '--backup', '.orig', 'link.txt'],
    code: 0,
    // snapshot() lists regular files only: had the link been replaced by a file, link.txt would be listed.
    tree: { 'real.txt': CLEAN, 'real.txt.orig': DIRTY },
    check: (_, dir) => expect(fs.readlinkSync(path.join(dir, 'link.txt'))).toBe('real.txt'),
  },
  {
    name: '--in-place refuses one file given twice (with --backup, the second backup would replace the original)',
    files: { 'real.txt': DIRTY },
    links: { 'link.txt': 'real.txt' },
    args: ['--in-place', '--backup', '.orig', 'real.txt', 'link.txt'],
    code: 2,
    stderr: /^clean-ocr: real\.txt and link\.txt would both be written to /,
    tree: { 'real.txt': DIRTY },
  },
  { name: '--report onto an input is refused', files: { 'a.txt': DIRTY }, args: ['a.txt', '--report', 'a.txt'], code: 2, stderr: /^clean-ocr: --report a\.txt would overwrite the input a\.txt\n/, tree: { 'a.txt': DIRTY } },
  {
    name: '--html onto an output is refused',
    files: { 'a.txt': DIRTY },
    args: ['a.txt', '-o', 'out', '--html', 'out/a.txt'],
    code: 2,
    stderr: /^clean-ocr: --html out\/a\.txt would overwrite the output of a\.txt\n/,
    tree: { 'a.txt': DIRTY },
  },
  { name: '--report and --html onto one file are refused', files: { 'a.txt': DIRTY }, args: ['a.txt', '--report', 'r', '--html', 'r'], code: 2, stderr: /--html r would overwrite the --report file/ },
  { name: '--backup without --in-place is a usage error', files: { 'a.txt': 'x\n' }, args: ['--backup', '.b', 'a.txt'], code: 2, stderr: /--backup goes with --in-place/ },
  { name: '--in-place with stdin is a usage error', args: ['--in-place'], stdin: 'x\n', code: 2, stderr: /--in-place needs files/ },
  { name: '--min-confidence outside 0..1 is a usage error', files: { 'a.txt': 'x\n' }, args: ['--min-confidence', '2', 'a.txt'], code: 2, stderr: /from 0 to 1/ },
  { name: '--help lists the options with examples', args: ['--help'], stdin: '', code: 0, stdout: /--out-dir[\s\S]*Examples:/ },
  { name: '--version prints the version', args: ['--version'], stdin: '', code: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
];

describe.each([
  ['in-process', runInProcess],
  ['spawned binary', runSpawned],
] as const)('clean-ocr (%s)', (_, invoke) => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = workspace(c.files);
    for (const [link, target] of Object.entries(c.links ?? {})) fs.symlinkSync(target, path.join(dir, link));
    const outcome = await invoke({ args: c.args, cwd: dir, stdin: c.stdin });
    expect(outcome.code, outcome.stderr).toBe(c.code);
    matches(outcome.stdout.toString('utf8'), c.stdout);
    matches(outcome.stderr, c.stderr);
    if (c.tree) expect(snapshot(dir)).toEqual(c.tree);
    c.check?.(outcome, dir);
  });
});

describe('clean-ocr, interactive and process-level behaviour', () => {
  it('with no input and stdin a terminal, prints usage and exits 2', async () => {
    const outcome = await runInProcess({ args: [], cwd: workspace() });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/no input/);
  });

  it('ends quietly when the reader of stdout goes away', () => {
    const dir = workspace({ 'big.txt': 'Eine Zeile\u00a0Text.\n'.repeat(200_000) });
    const result = runSpawned({ args: ['big.txt'], cwd: dir });
    expect(result.code).toBe(0);
    const piped = spawnSync('sh', ['-c', `${JSON.stringify(BIN)} big.txt | head -c 10`], { cwd: dir });
    expect(piped.stderr.toString()).toBe('');
    expect(piped.stdout.toString()).toBe('Eine Zeile');
  });
});

describe('clean-ocr, interrupted', () => {
  it('removes its half-written file and dies of the signal (Ctrl-C)', async () => {
    const dir = workspace({ 'big.txt': 'Eine Zeile\u00a0Text fur alle.\n'.repeat(400_000) });
    const child = spawn(BIN, ['big.txt', '-o', 'out'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const out = path.join(dir, 'out');
    // Interrupted once the output is being written.
    const writing = (): boolean => fs.existsSync(out) && fs.readdirSync(out).some((name) => name.endsWith('.tmp'));
    while (!writing() && child.exitCode === null) await new Promise((wait) => setTimeout(wait, 20));
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    expect(fs.readdirSync(out)).toEqual([]);
  });
});

function matches(actual: string, expected: string | RegExp | undefined): void {
  if (expected === undefined) return;
  if (typeof expected === 'string') expect(actual).toBe(expected);
  else expect(actual).toMatch(expected);
}
