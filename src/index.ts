export { clean, cleanBytes, DEFAULT_OPTIONS } from './clean.js';
export type { CleanBytesResult } from './clean.js';
export { decode, InputError } from './decode.js';
export type { Decoded } from './decode.js';
export { STAGES, STAGE_NAMES } from './stages/index.js';
export type { Change, CleanOptions, CleanResult, Edit, QuoteStyle, Stage, StageContext, StageName } from './types.js';
export type { Lexicon } from './lexicon/lexicon.js';
export { cleanChunks, CHUNK_CHARS } from './stream.js';
