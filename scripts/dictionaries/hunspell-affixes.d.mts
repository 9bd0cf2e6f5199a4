/** Types of hunspell-affixes.mjs, for the tests. */
export interface Aff {
  flagType: string;
  adjectiveFlag?: string;
}
export interface DicEntry {
  word: string;
  flags: Set<string>;
}
export function splitFlags(field: string, flagType: string): string[];
export function parseAff(text: string): Aff;
export function parseDic(text: string, flagType: string): Generator<DicEntry>;
export function expandEntry(aff: Aff, entry: DicEntry, emit: (form: string, roles: number) => void): void;
