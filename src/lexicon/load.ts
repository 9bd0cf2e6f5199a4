/** Loads the compiled lexicon. Placeholder until the dictionary build lands: knows no words. */
import type { Lexicon } from './lexicon.js';

export function loadLexicon(): Lexicon {
  return {
    isWord: () => false,
    frequency: () => 0,
    spellingsForKey: () => [],
  };
}
