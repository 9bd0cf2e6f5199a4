/**
 * The library API: clean(text) and cleanBytes(bytes). The command line uses
 * exactly these.
 */
import { decode, type Decoded } from './decode.js';
import { guardStages } from './edit-guards.js';
import { loadLexicon } from './lexicon/load.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { withHistoricSpellings } from './lexicon/historic-lexicon.js';
import { withoutSharpS } from './lexicon/swiss-lexicon.js';
import { withUserWords } from './lexicon/user-lexicon.js';
import { runPipeline } from './pipeline.js';
import { STAGES } from './stages/index.js';
import type { CleanOptions, CleanResult, Language } from './types.js';

export const DEFAULT_OPTIONS: CleanOptions = Object.freeze({
  skip: [],
  minConfidence: 0.5,
  quotes: 'auto',
  reflow: false,
  historic: false,
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
function sharedLexicon(lang: Language, historic: boolean): Lexicon {
  const key = `${lang}${historic ? ' historic' : ''}`;
  let lexicon = lexicons.get(key);
  if (lexicon === undefined) {
    lexicon = lang === 'de-CH' ? withoutSharpS(loadLexicon({ lang })) : loadLexicon({ lang });
    if (historic) lexicon = withHistoricSpellings(lexicon);
    lexicons.set(key, lexicon);
  }
  return lexicon;
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

/** Cleans OCR text; returns the clean text (NFC) and every change made or suggested. */
export function clean(text: string, options: Partial<CleanOptions> = {}): CleanResult {
  const full = { ...DEFAULT_OPTIONS, ...options };
  return runPipeline(text, guardStages(STAGES, full), full, () => lexiconFor(full));
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
