/**
 * The library API: clean(text) and cleanBytes(bytes). The command line uses
 * exactly these.
 */
import { CHUNK_CHARS, firstChunkLength, MAX_CHUNK_LOOKAHEAD } from './chunks.js';
import { decode, type Decoded } from './decode.js';
import { guardStages } from './edit-guards.js';
import { bigramsPath, loadBigrams, type Bigrams } from './lexicon/bigrams.js';
import { lexiconPath, loadLexicon } from './lexicon/load.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { withHistoricSpellings } from './lexicon/historic-lexicon.js';
import { looksHistoric } from './lexicon/historic-text.js';
import { withoutSharpS } from './lexicon/swiss-lexicon.js';
import { withUserWords } from './lexicon/user-lexicon.js';
import { runPipeline } from './pipeline.js';
import { STAGES } from './stages/index.js';
import type { Change, CleanOptions, CleanResult, Language } from './types.js';

export const DEFAULT_OPTIONS: CleanOptions = Object.freeze({
  skip: [],
  minConfidence: 0.5,
  quotes: 'auto',
  reflow: false,
  historic: 'auto',
  lang: 'de-DE',
  userWords: [],
  protectedWords: [],
  decisions: [],
});

const lexicons = new Map<string, Lexicon>();
/**
 * One lexicon per language (and historic or not), loaded on first use; de-CH is
 * read without ß (swiss-lexicon.ts), historic text with its old spellings
 * (historic-lexicon.ts).
 */
function sharedLexicon(lang: Language, historic: boolean | 'auto'): Lexicon {
  const key = `${lang}${historic === true ? ' historic' : ''}`;
  let lexicon = lexicons.get(key);
  if (lexicon === undefined) {
    lexicon = lang === 'de-CH' ? withoutSharpS(loadLexicon({ lang })) : loadLexicon({ lang });
    if (historic === true) lexicon = withHistoricSpellings(lexicon);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

/** The compiled data files cleaning with `options` reads: what a batch shares with its worker threads (data-files.ts). */
export function dataFilesFor(options: Partial<CleanOptions>): string[] {
  return [lexiconPath(options.lang ?? DEFAULT_OPTIONS.lang), bigramsPath()];
}

let wordPairs: Bigrams | undefined;
/** The word-pair counts, read on first use (only a text with a real-word twin needs them). */
function sharedWordPairs(): Bigrams {
  return (wordPairs ??= loadBigrams());
}

/** The last user-word lexicon, kept so a batch with one dictionary keeps the lexicon's caches warm. */
let lastUserLexicon: { key: string; lexicon: Lexicon } | undefined;
function lexiconFor(options: CleanOptions): Lexicon {
  const words = [...options.userWords, ...options.protectedWords];
  if (words.length === 0) return sharedLexicon(options.lang, options.historic);
  const key = JSON.stringify([options.lang, options.historic, words]);
  if (lastUserLexicon?.key !== key) lastUserLexicon = { key, lexicon: withUserWords(sharedLexicon(options.lang, options.historic), words) };
  return lastUserLexicon.lexicon;
}

/**
 * Cleans OCR text; returns the clean text (NFC) and every change made or
 * suggested. A long text is cleaned chunk by chunk (chunks.ts), exactly as
 * the command line cleans a file or a stream.
 */
export function clean(text: string, options: Partial<CleanOptions> = {}): CleanResult {
  if (text.length <= CHUNK_CHARS) return cleanChunk(text, options, { line: 0, offset: 0 });
  const position: ChunkPosition = { line: 0, offset: 0 };
  const texts: string[] = [];
  const changes: Change[] = [];
  for (let start = 0; start < text.length; ) {
    const window = text.slice(start, start + MAX_CHUNK_LOOKAHEAD);
    // -1 only for a line longer than the look-ahead (no OCR text has one): cut it where the window ends.
    const decided = firstChunkLength(window, start + window.length >= text.length);
    const length = decided === -1 ? window.length : decided;
    const result = cleanChunk(text.slice(start, start + length), options, position);
    texts.push(result.text);
    for (const change of result.changes) changes.push(change);
    start += length;
  }
  return { text: texts.join(''), changes };
}

/** Where a chunk starts in the whole text: lines and UTF-16 units before it. Advanced past the chunk. */
export interface ChunkPosition {
  line: number;
  offset: number;
}

/** Cleans one chunk; its changes are placed in the whole text by `position`, which then moves past the chunk. */
export function cleanChunk(text: string, options: Partial<CleanOptions>, position: ChunkPosition): CleanResult {
  const given = { ...DEFAULT_OPTIONS, ...options };
  const historic = given.historic === 'auto' ? looksHistoric(text, sharedLexicon(given.lang, false)) : given.historic;
  const full = { ...given, historic };
  // Found once per chunk: stages ask for it per word they look up (names, hyphenation).
  let lexicon: Lexicon | undefined;
  const result = runPipeline(text, guardStages(STAGES, full), full, { lexicon: () => (lexicon ??= lexiconFor(full)), wordPairs: sharedWordPairs });
  if (position.line !== 0 || position.offset !== 0) {
    // In place: the changes are fresh, and a copy of each would double what a chunk allocates.
    for (const change of result.changes) {
      change.line += position.line;
      change.offset += position.offset;
    }
  }
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) position.line++;
  position.offset += text.length;
  return result;
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
