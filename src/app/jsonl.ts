/**
 * --jsonl: each input line is a JSON object whose text field (--field) is
 * cleaned; the output line is the same object with the cleaned text, and
 * with --report its changes. Lines are independent, so clean-ocr works as a
 * mapper under GNU parallel --pipe, Hadoop Streaming or Spark's RDD.pipe.
 * A line that is not such an object is passed through unchanged and reported:
 * nothing is lost.
 */
import readline from 'node:readline';
import { Readable } from 'node:stream';
import { clean } from '../clean.js';
import { decodeStream } from '../decode.js';
import type { Change } from '../types.js';
import type { OutputStream } from './output-stream.js';
import type { RunSettings } from './settings.js';
import { countBytes } from './stream-job.js';

export async function cleanJsonLines(
  bytes: AsyncIterable<Uint8Array>,
  settings: RunSettings,
  out: OutputStream,
  onChanges: (changes: Change[]) => void,
  onBadLine: (problem: string) => void,
  onNotice: (notice: string) => void,
): Promise<{ inputBytes: number }> {
  const counted = { inputBytes: 0 };
  const field = settings.jsonlField ?? 'text';
  // Decoded as every input is (decode.ts): a BOM dropped, binary refused, invalid UTF-8 an error, not U+FFFD in a record.
  const text = decodeStream(countBytes(bytes, counted), settings.encoding, onNotice);
  const lines = readline.createInterface({ input: Readable.from(text), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    const record = parseRecord(line, field);
    if (typeof record === 'string') {
      if (line.trim() !== '') onBadLine(`line ${number}: ${record}`);
      await out.write(line + '\n');
      continue;
    }
    const result = clean(record[field] as string, settings.clean);
    const changes = result.changes.map((change) => ({ ...change, line: number }));
    onChanges(changes);
    const cleaned: Record<string, unknown> = { ...record, [field]: result.text };
    if (settings.jsonlChanges) cleaned['changes'] = result.changes;
    await out.write(JSON.stringify(cleaned) + '\n');
  }
  return counted;
}

/** The object, or why the line is not one with a string field. */
function parseRecord(line: string, field: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not JSON, passed through unchanged';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object, passed through unchanged';
  if (typeof (value as Record<string, unknown>)[field] !== 'string') return `no string field "${field}", passed through unchanged`;
  return value as Record<string, unknown>;
}
