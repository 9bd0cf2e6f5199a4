/**
 * The HTML review report without a browser: how a file is cut into
 * highlighted segments, that the page is self-contained and escapes
 * untrusted text, and that the summary counts what the changes say.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess, workspace } from './cli-harness.js';
import { clean } from '../src/index.js';
import { renderReport } from '../src/html/report.js';
import { segmentsOf, type Segment } from '../src/html/segments.js';
import type { Change } from '../src/types.js';

function change(offset: number, before: string, after: string, applied = true, rule = 'test-rule'): Change {
  return { stage: 'umlauts', rule, line: 1, column: offset + 1, offset, before, after, confidence: applied ? 0.9 : 0.3, applied };
}

/** The output rebuilt from the input and the segments: must be the real output. */
function rebuild(input: string, segments: readonly Segment[]): string {
  let text = '';
  let at = 0;
  for (const segment of segments) {
    text += input.slice(at, segment.start) + segment.after;
    at = segment.end;
  }
  return text + input.slice(at);
}

describe('segmentsOf', () => {
  it.each([
    { name: 'a whole-word change', input: 'fur die Welt', output: 'für die Welt', changes: [change(0, 'fur', 'für')], expected: [{ start: 0, end: 3, after: 'für', changes: [0] }] },
    {
      name: 'a change inside a word, widened to the word',
      input: 'Herr Staatssekretar sagt',
      output: 'Herr Staatssekretär sagt',
      changes: [change(17, 'a', 'ä')],
      expected: [{ start: 5, end: 19, after: 'Staatssekretär', changes: [0] }],
    },
    {
      name: 'a later stage editing what an earlier one wrote',
      input: 'U\u200bber alles',
      output: 'Über alles',
      changes: [change(0, 'Uber', 'Über'), change(1, '\u200b', '')],
      expected: [{ start: 0, end: 5, after: 'Über', changes: [0, 1] }],
    },
    {
      name: 'a suggestion: the text stays',
      input: 'die Ware kommt',
      output: 'die Ware kommt',
      changes: [change(4, 'Ware', 'Wäre', false)],
      expected: [{ start: 4, end: 8, after: 'Ware', changes: [0] }],
    },
    {
      name: 'a suggestion inside a made change joins it',
      input: 'Strasse fur',
      output: 'Straße fur',
      changes: [change(0, 'Strasse', 'Straße'), change(4, 'ss', 's', false), change(8, 'fur', 'für', false)],
      expected: [
        { start: 0, end: 7, after: 'Straße', changes: [0, 1] },
        { start: 8, end: 11, after: 'fur', changes: [2] },
      ],
    },
    { name: 'no changes', input: 'Alles gut.', output: 'Alles gut.', changes: [], expected: [] },
  ])('$name', ({ input, output, changes, expected }) => {
    const segments = segmentsOf(input, output, changes);
    expect(segments).toEqual(expected);
    expect(rebuild(input, segments)).toBe(output);
  });

  it.each([
    'Staatssekretar Kai Klose: ,,Danke allen, die das ermoglicht haben", so Klose.',
    'Die Integrations-\nkonferenz fand statt.\n\n\nUber 300 Gaste kamen.',
    'fÃ¼r die GrÃ¶ÃŸe\u00a0der  Halle ﬁnden wir   Platz .',
    'Er sagte: "Das ist gut" , und ging . Die Mitarbeiter-\n\ninnen blieben.',
  ])('cuts the real output of clean() into pieces that add up: %j', (input) => {
    const { text, changes } = clean(input);
    expect(rebuild(input, segmentsOf(input, text, changes))).toBe(text);
  });
});

describe('renderReport', () => {
  const hostile = '</script><img src=x onerror=alert(1)><script>alert(2)</script> fur';
  const report = renderReport({
    files: [
      { name: 'a<b>.txt', input: hostile, output: hostile.replace('fur', 'für'), changes: [change(hostile.length - 3, 'fur', 'für', true, '<rule>')] },
      { name: 'zwei.txt', input: 'die Ware', output: 'die Ware', changes: [change(4, 'Ware', 'Wäre', false)] },
    ],
    minConfidence: 0.5,
  });

  it('is one self-contained UTF-8 page that forbids any network access', () => {
    expect(report).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    expect(report).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    const markup = report.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '');
    expect(markup).not.toMatch(/https?:\/\//);
    expect(markup).not.toMatch(/<(link|img|iframe)\b|\bsrc=/);
  });

  it('escapes untrusted file names, rules and texts', () => {
    expect(report).not.toContain('<img');
    expect(report).not.toContain('<b>');
    expect(report).not.toContain('<rule>');
    expect(report).toContain('&#60;rule&#62;');
    expect(report.match(/<\/script>/g)).toHaveLength(2);
    const json = report.match(/<script type="application\/json" id="report-data">(.*?)<\/script>/s)![1]!;
    const data = JSON.parse(json) as { files: { name: string; text: string }[] };
    expect(data.files.map((file) => [file.name, file.text])).toEqual([['a<b>.txt', hostile], ['zwei.txt', 'die Ware']]);
  });

  it('counts files, words, made changes and suggestions', () => {
    expect(report).toContain('<dd data-count="files">2</dd>');
    expect(report).toContain('<dd data-count="made">1</dd>');
    expect(report).toContain('<dd data-count="suggested">1</dd>');
    expect(report).toMatch(/<dd data-count="words">\d+<\/dd>/);
  });

  it('lists the most frequent corrections and draws the histogram as inline SVG', () => {
    expect(report).toContain('<code>fur</code> → <code>für</code>');
    expect(report).toMatch(/<svg role="img"[^>]*>[\s\S]*<title>confidence 0\.9–1\.0: 1 made, 0 suggested<\/title>/);
    expect(report).toContain('<title>confidence 0.3–0.4: 0 made, 1 suggested</title>');
  });
});

describe('clean-ocr --html', () => {
  it.each([
    { name: 'from stdin', args: ['--html', 'review.html'], stdin: 'Die Strasse fur alle\n' },
    { name: 'from a file, with the text to stdout', args: ['--html', 'review.html', 'scan.txt'] },
  ])('writes the report $name', async ({ args, stdin }) => {
    const dir = workspace({ 'scan.txt': 'Die Strasse fur alle\n' });
    const outcome = await runInProcess({ args, cwd: dir, stdin });
    expect(outcome.code).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'review.html'), 'utf8');
    expect(html).toContain('<dd data-count="files">1</dd>');
    expect(html).toMatch(/<dd data-count="made">[1-9]\d*<\/dd>/);
  });
});
