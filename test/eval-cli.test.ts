/**
 * `clean-ocr eval` as a user runs it: pages matched by name, figures before
 * and after cleaning, JSON for scripts, and the usage errors. The "before"
 * figures depend only on the fixture texts; the "after" ones on the cleaner,
 * so they are checked for consistency, not for exact values.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, workspace } from './cli-harness.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'eval');
const page = (folder: 'ocr' | 'gt', name: string): string => fs.readFileSync(path.join(FIXTURES, folder, name), 'utf8');

interface EvalJson {
  pages: number;
  gtChars: number;
  gtWords: number;
  before: { charEdits: number; wordEdits: number; cer: number; kinds: Record<string, { edits: number }> };
  after: { charEdits: number; wordEdits: number; cer: number };
  fixed: number;
  damaged: number;
  missing: string[];
  files: { name: string; before: { charEdits: number }; damagedWords: { word: string; after: string; context: string }[] }[];
}

async function evalJson(args: string[], cwd: string): Promise<EvalJson> {
  const outcome = await runInProcess({ args: ['eval', ...args, '--json'], cwd });
  expect(outcome.stderr).toBe('');
  expect(outcome.code).toBe(0);
  return JSON.parse(outcome.stdout.toString('utf8')) as EvalJson;
}

describe('clean-ocr eval', () => {
  it('pairs same-named pages of two folders and scores them before and after', async () => {
    const result = await evalJson(['--ocr', 'fixtures/eval/ocr', '--gt', 'fixtures/eval/gt'], path.join(FIXTURES, '..', '..'));
    expect(result.pages).toBe(2);
    expect(result.files.map((file) => file.name)).toEqual(['fixtures/eval/ocr/protokoll.txt', 'fixtures/eval/ocr/rundbrief.txt']);
    expect([result.gtChars, result.gtWords]).toEqual([522, 72]);
    expect(result.before).toMatchObject({ charEdits: 23, wordEdits: 20, cer: 0.04406 });
    expect(Object.fromEntries(Object.entries(result.before.kinds).map(([kind, count]) => [kind, count.edits]))).toEqual({ umlaut: 18, quote: 3, hyphen: 2, other: 0 });
    expect(result.after.charEdits).toBeLessThan(result.before.charEdits);
    expect(result.fixed).toBeGreaterThan(result.damaged);
  });

  it('pairs NNN.eng.txt with NNN.gt.txt in one folder', async () => {
    const dir = workspace({
      'pages/001.eng.txt': page('ocr', 'protokoll.txt'),
      'pages/001.gt.txt': page('gt', 'protokoll.txt'),
      'pages/002.eng.txt': page('ocr', 'rundbrief.txt'),
      'pages/002.gt.txt': page('gt', 'rundbrief.txt'),
    });
    const result = await evalJson(['--ocr', 'pages', '--gt', 'pages', '--ocr-suffix', '.eng.txt', '--gt-suffix', '.gt.txt'], dir);
    expect(result.files.map((file) => file.name)).toEqual(['pages/001.eng.txt', 'pages/002.eng.txt']);
    expect(result.before.charEdits).toBe(23);
  });

  it('scores two single files', async () => {
    const dir = workspace({ 'scan.txt': 'Grosse Strasse fur alle', 'truth.txt': 'Große Straße für alle' });
    const result = await evalJson(['--ocr', 'scan.txt', '--gt', 'truth.txt'], dir);
    expect(result.before).toMatchObject({ charEdits: 5, wordEdits: 3 });
  });

  it('prints a table a person can read', async () => {
    const outcome = await runInProcess({ args: ['eval', '--ocr', 'ocr', '--gt', 'gt'], cwd: FIXTURES });
    const text = outcome.stdout.toString('utf8');
    expect(outcome.code).toBe(0);
    expect(text).toMatch(/^2 pages, 522 ground-truth characters, 72 words\n/);
    expect(text).toMatch(/^CER +4\.41 % +\d+\.\d\d %$/m);
    expect(text).toMatch(/^WER +27\.78 % +\d+\.\d\d %$/m);
    expect(text).toMatch(/^umlaut\/ß +18 +\d+$/m);
    expect(text).toMatch(/^words fixed \d+ \(wrong before, right after\), damaged \d+ \(right before, wrong after\)$/m);
  });

  it('lists each damaged word with its page, what it became and the ground truth around it', async () => {
    const dir = workspace({ 'ocr/seite.txt': 'Das Menu ist offen.\n', 'gt/seite.txt': 'Das Menu ist offen.\n' });
    const outcome = await runInProcess({ args: ['eval', '--ocr', 'ocr', '--gt', 'gt'], cwd: dir });
    const text = outcome.stdout.toString('utf8');
    expect(text).toContain('damaged words (ground truth → cleaned):\n  ocr/seite.txt: Menu → Menü   … Das Menu ist offen. …\n');
    const json = await evalJson(['--ocr', 'ocr', '--gt', 'gt'], dir);
    expect(json.files[0]!.damagedWords).toEqual([{ word: 'Menu', after: 'Menü', context: 'Das Menu ist offen.' }]);
    await runInProcess({ args: ['eval', '--ocr', 'ocr', '--gt', 'gt', '--html', 'review.html'], cwd: dir });
    const html = fs.readFileSync(path.join(dir, 'review.html'), 'utf8');
    expect(html).toContain('<ul data-eval="damaged-words">\n<li><code>Menu</code> → <code>Menü</code> <span class="meta">… Das Menu ist offen. …</span></li>\n</ul>');
  });

  it('leaves out a page whose OCR file is missing, says so and exits 1', async () => {
    const dir = workspace({ 'ocr/a.txt': 'fur', 'gt/a.txt': 'für', 'gt/b.txt': 'über' });
    const outcome = await runInProcess({ args: ['eval', '--ocr', 'ocr', '--gt', 'gt', '--json'], cwd: dir });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('clean-ocr: ocr/b.txt: no such file (its ground truth exists); page left out\n');
    expect(JSON.parse(outcome.stdout.toString('utf8'))).toMatchObject({ pages: 1, missing: ['ocr/b.txt'] });
  });

  it.each<{ name: string; files: Record<string, string>; args: string[]; stderr: RegExp }>([
    { name: 'a file and a folder', files: { 'a.txt': 'x', 'gt/a.txt': 'x' }, args: ['--ocr', 'a.txt', '--gt', 'gt'], stderr: /both be files or both be folders/ },
    { name: 'one folder with one ending', files: { 'p/a.txt': 'x' }, args: ['--ocr', 'p', '--gt', 'p'], stderr: /need different endings/ },
    { name: 'no ground truth', files: { 'ocr/a.txt': 'x', 'gt/a.md': 'x' }, args: ['--ocr', 'ocr', '--gt', 'gt'], stderr: /no ground-truth pages ending in \.txt/ },
    { name: 'a missing path', files: {}, args: ['--ocr', 'nowhere', '--gt', 'gt'], stderr: /nowhere: no such file or folder/ },
    { name: 'no --gt', files: {}, args: ['--ocr', 'ocr'], stderr: /required option '--gt <path>'/ },
  ])('refuses $name with exit 2', async ({ files, args, stderr }) => {
    const outcome = await runInProcess({ args: ['eval', ...args], cwd: workspace(files) });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(stderr);
  });

  it('writes the HTML report with the figures before and after', async () => {
    const dir = workspace();
    const outcome = await runInProcess({ args: ['eval', '--ocr', path.join(FIXTURES, 'ocr'), '--gt', path.join(FIXTURES, 'gt'), '--html', 'review.html'], cwd: dir });
    expect(outcome.code).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'review.html'), 'utf8');
    expect(html).toContain('<h2 id="evaluation-heading">Against the ground truth</h2>');
    expect(html).toContain('<td class="n" data-eval="cer-before">4.41 %</td>');
  });
});
