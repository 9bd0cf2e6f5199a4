/** Runs a few stages over a text with a small fake lexicon, so a stage's tests do not depend on the dictionary build. */
import { DEFAULT_OPTIONS } from '../../src/clean.js';
import { runPipeline } from '../../src/pipeline.js';
import type { CleanOptions, Stage } from '../../src/types.js';
import { fakeLexicon } from './fake-lexicon.js';

export function runStages(
  text: string,
  stages: readonly Stage[],
  words: readonly string[] = [],
  options: Partial<CleanOptions> = {},
) {
  const lexicon = fakeLexicon(Object.fromEntries(words.map((word) => [word, 1])));
  return runPipeline(text, stages, { ...DEFAULT_OPTIONS, ...options }, { lexicon: () => lexicon });
}
