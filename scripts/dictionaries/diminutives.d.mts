/** Types of diminutives.mjs, for the tests. */
export function takesDiminutive(form: string): boolean;
export function diminutivesOf(noun: string): string[];
