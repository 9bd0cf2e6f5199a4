/** Placeholder: remove blank lines inside paragraphs; optional reflow. */
import type { Stage } from '../types.js';

export const layoutStage: Stage = {
  name: 'layout',
  description: 'remove blank lines inside paragraphs; optional reflow',
  run() {
    return [];
  },
};
