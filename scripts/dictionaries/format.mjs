/**
 * Constants of the compiled lexicon file, as written by build-dictionaries.mjs.
 * The reader is src/lexicon/binary-format.ts; dictionaries/README.md describes
 * the layout. Keep the three in step (and bump FORMAT_VERSION on change).
 */
export const MAGIC = 'CLXD';
export const FORMAT_VERSION = 2;

/** Role bits stored on the automaton arc that ends a form. */
export const ROLE = Object.freeze({
  STANDALONE: 1,
  BEGIN: 2,
  MIDDLE: 4,
  END: 8,
  FORBIDDEN: 16,
  KEEPCASE: 32,
  ADJECTIVE: 64,
});

/**
 * Arc word 0: label (bits 0–15) | roles (bits 16–23) | LAST_ARC | arcs after this one in its state
 * (bits 25–31, saturated at MAX_ARCS_AFTER). Word 1: first arc of the target state (0 = none).
 */
export const ROLE_SHIFT = 16;
export const LAST_ARC = 1 << 24;
export const ARCS_AFTER_SHIFT = 25;
export const MAX_ARCS_AFTER = 127;
