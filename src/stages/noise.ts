/** Placeholder: remove scan noise: stray marks at line starts, doubled spaces, spaces before punctuation. */
import type { Stage } from '../types.js';

export const noiseStage: Stage = {
  name: 'noise',
  description: 'remove scan noise: stray marks at line starts, doubled spaces, spaces before punctuation',
  run() {
    return [];
  },
};
