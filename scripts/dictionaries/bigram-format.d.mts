/** Types of bigram-format.mjs, for the tests. */
export const MAGIC: string;
export const FORMAT_VERSION: number;
export function writeBigramBinary(data: {
  pairs: [string, number][];
  words: [string, number][];
  tokens: number;
  ambiguous: string[];
}): Buffer;
