/** Placeholder: restore lost or misread umlauts and ß from the lexicon. */
import type { Stage } from '../types.js';

export const umlautsStage: Stage = {
  name: 'umlauts',
  description: 'restore lost or misread umlauts and ß from the lexicon',
  run() {
    return [];
  },
};
