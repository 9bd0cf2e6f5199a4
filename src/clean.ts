/**
 * The library API: clean(text) and cleanBytes(bytes). The command line uses
 * exactly these.
 */
import { decode, type Decoded } from './decode.js';
import { loadLexicon } from './lexicon/load.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { runPipeline } from './pipeline.js';
import { STAGES } from './stages/index.js';
import type { CleanOptions, CleanResult } from './types.js';

export const DEFAULT_OPTIONS: CleanOptions = Object.freeze({
  skip: [],
  minConfidence: 0.5,
  quotes: 'auto',
  reflow: false,
  historic: false,
});

let lexicon: Lexicon | undefined;
function sharedLexicon(): Lexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}

/** Cleans OCR text; returns the clean text (NFC) and every change made or suggested. */
export function clean(text: string, options: Partial<CleanOptions> = {}): CleanResult {
  return runPipeline(text, STAGES, { ...DEFAULT_OPTIONS, ...options }, sharedLexicon);
}

export interface CleanBytesResult extends CleanResult {
  /** The input as text, with the encoding it was read as. */
  decoded: Decoded;
}

/** Decodes bytes (see decode.ts; throws InputError for binary input), then cleans. */
export function cleanBytes(bytes: Uint8Array, options: Partial<CleanOptions> & { encoding?: string } = {}): CleanBytesResult {
  const { encoding, ...cleanOptions } = options;
  const decoded = decode(bytes, encoding);
  return { ...clean(decoded.text, cleanOptions), decoded };
}
