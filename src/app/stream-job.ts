/**
 * One large input (stdin, or a file over STREAM_BYTES) cleaned as a stream
 * of paragraphs: memory stays bounded whatever the size, and output to stdout
 * starts before the input ends.
 */
import { decodeStream, InputError } from '../decode.js';
import { cleanChunks } from '../stream.js';
import type { Change } from '../types.js';
import { LineGuard } from './line-guard.js';
import type { OutputStream } from './output-stream.js';
import type { RunSettings } from './settings.js';

/**
 * A file cleaned whole peaks at about 100 MB plus 13 MB per MB of text (4 MB:
 * 153 MB, 8 MB: 204 MB, 16 MB: 310 MB; 5 MB with --report: 219 MB), so above
 * this size it is streamed like stdin, which stays bounded (10 MB with
 * --report: 144 MB; 50 MB: under 200 MB) and is as fast.
 */
export const STREAM_BYTES = 2 << 20;

export async function cleanStreamed(
  bytes: AsyncIterable<Uint8Array>,
  settings: RunSettings,
  out: OutputStream,
  onChanges: (changes: Change[]) => void,
  onNotice: (notice: string) => void,
): Promise<{ inputBytes: number }> {
  const counted = { inputBytes: 0 };
  const text = limitLines(decodeStream(countBytes(bytes, counted), settings.encoding, onNotice));
  let chunks = 0;
  for await (const result of cleanChunks(text, settings.clean)) {
    chunks++;
    onChanges(result.changes);
    await out.write(result.text);
  }
  // No bytes, or only a byte order mark: no text, so no chunk.
  if (chunks === 0) throw new InputError('empty input, nothing to clean');
  return counted;
}

export async function* countBytes(chunks: AsyncIterable<Uint8Array>, counted: { inputBytes: number }): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    counted.inputBytes += chunk.length;
    yield chunk;
  }
}

/** Passes the text on, refusing it when a line grows past the limit. */
async function* limitLines(pieces: AsyncIterable<string>): AsyncGenerator<string> {
  const guard = new LineGuard();
  for await (const piece of pieces) {
    guard.feed(piece);
    yield piece;
  }
}
