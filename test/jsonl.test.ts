/**
 * --jsonl makes clean-ocr a mapper for cluster engines: every input line is
 * an object whose text field is cleaned, line for line the same as clean().
 */
import { describe, expect, it } from 'vitest';
import { clean } from '../src/clean.js';
import { runInProcess, runSpawned, workspace } from './cli-harness.js';

const TEXTS = [
  'Staatssekretar Kai Klose: ,,Danke allen Beteiligten“',
  'Die Integrationskonferenz fuhrte eine intensive Diskussion zu den Integrations-\nfeldern.',
  'gemeinsam Uber den Integrationsplan zu diskutieren',
  'Plain English text, nothing to do.',
  'a\u00a0b  ',
];

describe('--jsonl', () => {
  it('cleans a few thousand lines exactly as clean() does, keeping the other fields', () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: i, text: `${TEXTS[i % TEXTS.length]} ${i}`, meta: { page: i % 7 } }));
    const input = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const outcome = runSpawned({ args: ['--jsonl'], cwd: workspace(), stdin: input });
    expect(outcome.code).toBe(0);
    const lines = outcome.stdout.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(records.length);
    lines.forEach((line, i) => expect(JSON.parse(line)).toEqual({ ...records[i], text: clean(records[i]!.text).text }));
  });

  it('cleans another field with --field and adds the changes with --report', async () => {
    const outcome = await runInProcess({ args: ['--jsonl', '--field', 'body', '--report'], cwd: workspace(), stdin: '{"body":"fur"}\n' });
    const record = JSON.parse(outcome.stdout.toString('utf8'));
    expect(record.body).toBe(clean('fur').text);
    expect(record.changes).toEqual(JSON.parse(JSON.stringify(clean('fur').changes)));
  });

  it('reads its input as every input is read: a BOM dropped, bytes that are not UTF-8 with a notice, binary refused', async () => {
    const withBom = await runInProcess({ args: ['--jsonl'], cwd: workspace(), stdin: Buffer.from('\ufeff{"text":"fur"}\n') });
    expect([withBom.code, withBom.stdout.toString('utf8')]).toEqual([0, '{"text":"für"}\n']);
    const latin1 = await runInProcess({ args: ['--jsonl'], cwd: workspace(), stdin: Buffer.from('{"text":"f\xfcr"}\n', 'latin1') });
    expect([latin1.code, latin1.stdout.toString('utf8')]).toEqual([0, '{"text":"für"}\n']);
    expect(latin1.stderr).toMatch(/not valid UTF-8, read as Windows-1252/);
    const binary = await runInProcess({ args: ['--jsonl'], cwd: workspace(), stdin: Buffer.from([0x7b, 0x00, 0x01, 0x7d, 0x0a]) });
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/binary content/);
  });

  it('passes a line that is not such an object through unchanged, reports it and exits 1', async () => {
    const input = '{"text":"a\u00a0b"}\nnot json\n[1,2]\n{"other":1}\n\n';
    const outcome = await runInProcess({ args: ['--jsonl'], cwd: workspace(), stdin: input });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout.toString('utf8')).toBe('{"text":"a b"}\nnot json\n[1,2]\n{"other":1}\n\n');
    expect(outcome.stderr.split('\n').filter(Boolean)).toEqual([
      'clean-ocr: <stdin>: line 2: not JSON, passed through unchanged',
      'clean-ocr: <stdin>: line 3: not a JSON object, passed through unchanged',
      'clean-ocr: <stdin>: line 4: no string field "text", passed through unchanged',
    ]);
  });
});
