/** Types of format.mjs, for the tests. */
export const MAGIC: string;
export const FORMAT_VERSION: number;
export const ROLE: Readonly<{
  STANDALONE: number;
  BEGIN: number;
  MIDDLE: number;
  END: number;
  FORBIDDEN: number;
  KEEPCASE: number;
  ADJECTIVE: number;
}>;
export const ROLE_SHIFT: number;
export const LAST_ARC: number;
