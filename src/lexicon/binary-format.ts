/**
 * Reader of the compiled lexicon file written by scripts/build-dictionaries.mjs
 * (layout in dictionaries/README.md; constants mirrored in
 * scripts/dictionaries/format.mjs). Nothing is parsed but a small JSON header:
 * the sections are typed-array views into the file's bytes (container.ts).
 */
import { readContainer } from './container.js';

export const MAGIC = 'CLXD';
export const FORMAT_VERSION = 2;

/** Role bits stored on the automaton arc that ends a form. */
export const Role = {
  /** The form is a word on its own. */
  Standalone: 1,
  /** It may begin a compound (`Integrations`). */
  Begin: 2,
  /** It may stand between a compound's first and last part (`gruppen`). */
  Middle: 4,
  /** It may end a compound (`verständnis`). */
  End: 8,
  /** Hunspell's FORBIDDENWORD: never a word, neither alone nor as a compound. */
  Forbidden: 16,
  /** Hunspell's KEEPCASE: accepted only as written. */
  KeepCase: 32,
  /** A declined form of a lowercase adjective (`gesellschaftlichen`): may end an adjective compound. */
  Adjective: 64,
} as const;

/**
 * Arc word 0: label (bits 0–15) | roles (bits 16–23) | LAST_ARC | arcs after this one in its state
 * (bits 25–31, saturated at MAX_ARCS_AFTER); word 1: first arc of the target state (0 = none).
 */
export const ROLE_SHIFT = 16;
export const LAST_ARC = 1 << 24;
export const ARCS_AFTER_SHIFT = 25;
export const MAX_ARCS_AFTER = 127;

export interface LexiconHeader {
  lang: string;
  /** npm package name@version of the dictionary source. */
  source: string;
  compoundMin: number;
  checkSharps: boolean;
  /** Index of the root state's first arc. */
  root: number;
  forms: number;
  frequencyWords: number;
  /** Words of the everyday frequencies (0 in a file built without them). */
  everydayWords?: number;
  sections: Record<string, [offset: number, byteLength: number]>;
}

export interface LexiconData {
  header: LexiconHeader;
  arcs: Uint32Array;
  frequencyBlob: Uint8Array;
  frequencyOffsets: Uint32Array;
  frequencyCounts: Uint32Array;
  everydayBlob: Uint8Array;
  everydayOffsets: Uint32Array;
  everydayCounts: Uint32Array;
}

/** Views the sections of a lexicon file (see readContainer). */
export function readLexiconData(file: Uint8Array): LexiconData {
  const container = readContainer<LexiconHeader>(file, { magic: MAGIC, version: FORMAT_VERSION, kind: 'lexicon', rebuild: 'npm run build:dictionaries' });
  return {
    header: container.header,
    arcs: container.words32('arcs'),
    frequencyBlob: container.bytes('frequencyBlob'),
    frequencyOffsets: container.words32('frequencyOffsets'),
    frequencyCounts: container.words32('frequencyCounts'),
    everydayBlob: container.bytes('everydayBlob'),
    everydayOffsets: container.words32('everydayOffsets'),
    everydayCounts: container.words32('everydayCounts'),
  };
}
