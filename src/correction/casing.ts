/**
 * Writing a lexicon spelling in the case of the OCR token: the token's case
 * carries information (sentence start, heading in capitals) that the
 * lexicon's spelling does not.
 */
import { capitalise } from '../lexicon/casing.js';

export type CasePattern = 'lower' | 'capitalised' | 'upper';

/**
 * The case pattern of a token, judged by its first letters: garbles inside a
 * word (ausschlieBlich, MalJs) must not make it look mixed.
 * Example: casePattern('UBER') = 'upper', casePattern('MalJs') = 'capitalised'.
 */
export function casePattern(token: string): CasePattern {
  const first = token[0]!;
  if (first === first.toLowerCase()) return 'lower';
  const second = token[1];
  const isUpper = second !== undefined && second !== second.toLowerCase() && token === upperKeepingSharpS(token);
  return isUpper ? 'upper' : 'capitalised';
}

/** ß has no capital in common use; capitals keep it (STRAßE) and SS stays SS. */
function upperKeepingSharpS(word: string): string {
  return word.replace(/[^ß]+/g, (part) => part.toUpperCase());
}

export function isCapitalised(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}

/** One way to write a spelling in the token's case; `raisedCase` when a lowercase word got a capital. */
export interface CasedSpelling {
  text: string;
  raisedCase: boolean;
}

/**
 * The ways `spelling` may be written where the token stands. A capitalised
 * token may be a lowercase word at a sentence start or a lowercase ü read as
 * U (Uber → über), so both come back and the caller weighs them.
 * Example: inCaseOf('über', 'capitalised') = [über, Über (raised)].
 */
export function inCaseOf(spelling: string, pattern: CasePattern): CasedSpelling[] {
  if (pattern === 'upper') return [{ text: upperKeepingSharpS(spelling), raisedCase: false }];
  if (isCapitalised(spelling)) return pattern === 'capitalised' ? [{ text: spelling, raisedCase: false }] : [];
  if (pattern === 'lower') return [{ text: spelling, raisedCase: false }];
  return [
    { text: spelling, raisedCase: false },
    { text: capitalise(spelling), raisedCase: true },
  ];
}
