/** Placeholder: restore German quotation marks by position and pairing. */
import type { Stage } from '../types.js';

export const quotesStage: Stage = {
  name: 'quotes',
  description: 'restore German quotation marks by position and pairing',
  run() {
    return [];
  },
};
