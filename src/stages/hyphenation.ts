/** Placeholder: join words broken by line-end hyphens; keep compound and suspended hyphens. */
import type { Stage } from '../types.js';

export const hyphenationStage: Stage = {
  name: 'hyphenation',
  description: 'join words broken by line-end hyphens; keep compound and suspended hyphens',
  run() {
    return [];
  },
};
