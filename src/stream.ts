/**
 * Cleaning a text that does not fit in memory, or has not fully arrived yet:
 * each chunk (chunks.ts) is cleaned as soon as it is complete. The result is
 * the same as clean() on the whole text.
 */
import { cleanChunk, type ChunkPosition } from './clean.js';
import { firstChunkLength } from './chunks.js';
import type { CleanOptions, CleanResult } from './types.js';

export { CHUNK_CHARS } from './chunks.js';

/** Cleans text arriving in pieces; yields each chunk's result, positions counted from the start of the whole text. */
export async function* cleanChunks(pieces: AsyncIterable<string>, options: Partial<CleanOptions> = {}): AsyncGenerator<CleanResult> {
  let buffer = '';
  const position: ChunkPosition = { line: 0, offset: 0 };
  for await (const piece of pieces) {
    buffer += piece;
    for (let length = firstChunkLength(buffer, false); length !== -1; length = firstChunkLength(buffer, false)) {
      yield cleanChunk(buffer.slice(0, length), options, position);
      buffer = buffer.slice(length);
    }
  }
  while (buffer.length > 0) {
    const length = firstChunkLength(buffer, true);
    yield cleanChunk(buffer.slice(0, length), options, position);
    buffer = buffer.slice(length);
  }
}
