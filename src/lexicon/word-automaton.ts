/**
 * The minimal automaton of all forms of the lexicon, read in place from the
 * compiled file. Arcs are two uint32 words (see binary-format.ts); a state is
 * the run of arcs starting at its first arc, sorted by label. Lookups walk the
 * token's code units directly: no substrings, no allocation.
 */
import { LAST_ARC, ROLE_SHIFT, Role } from './binary-format.js';
import { type CaseMode, lowerUnit, unitAt, upperUnit } from './casing.js';

const LABEL_MASK = 0xffff;
const ROLE_MASK = 0xff;
const NO_ARC = -1;
/** Longest token analysed as a compound; longer ones are not words anyway. */
export const MAX_WORD_LENGTH = 128;

const FOLDED: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** The umlaut-free key of a word: lowercase, ä→a, ö→o, ü→u, ß→ss. Example: foldKey('Größe') → 'grosse'. */
export function foldKey(word: string): string {
  return word.toLowerCase().replace(/[äöüß]/gu, (letter) => FOLDED[letter]!);
}

/** The umlaut of each plain vowel: a → ä, o → ö, u → ü. */
const UMLAUT_OF: Record<number, number> = { 0x61: 0xe4, 0x6f: 0xf6, 0x75: 0xfc };

/** Limits of one spellings search, so that a long key cannot explode into compound splits. */
const SEARCH_STEP_BUDGET = 50_000;
const MAX_SPELLINGS = 64;

export class WordAutomaton {
  readonly #arcs: Uint32Array;
  readonly #root: number;
  readonly #compoundMin: number;
  /** The root state's arc per label (Latin range), since every lookup and every compound part starts there. */
  readonly #rootArc = new Int32Array(0x250).fill(NO_ARC);
  /** Positions from which the rest of the token was found not to be a compound tail (stamped per call). */
  readonly #failedTail = new Uint32Array(MAX_WORD_LENGTH + 1);
  #stamp = 0;
  #lastRole: number = Role.End;
  #minPart = 0;
  // State of the running spellings search.
  readonly #spelling = new Uint16Array(MAX_WORD_LENGTH);
  #budget = 0;

  constructor(arcs: Uint32Array, root: number, compoundMin: number) {
    this.#arcs = arcs;
    this.#root = root;
    this.#compoundMin = compoundMin;
    for (let arc = root; arc !== 0; arc = arcs[arc * 2]! & LAST_ARC ? 0 : arc + 1) {
      const label = arcs[arc * 2]! & LABEL_MASK;
      if (label < this.#rootArc.length) this.#rootArc[label] = arc;
    }
  }

  /** The arc leaving `state` (index of its first arc) with `label`, or NO_ARC. */
  #arcFrom(state: number, label: number): number {
    if (state === this.#root && label < this.#rootArc.length) return this.#rootArc[label]!;
    const arcs = this.#arcs;
    for (let arc = state; ; arc++) {
      const word = arcs[arc * 2]!;
      const arcLabel = word & LABEL_MASK;
      if (arcLabel === label) return arc;
      if (arcLabel > label || word & LAST_ARC) return NO_ARC;
    }
  }

  /** The role bits of `text` (read in `mode`) as one form; 0 when it is not a form. */
  formRoles(text: string, mode: CaseMode): number {
    let state = this.#root;
    let roles = 0;
    for (let i = 0; i < text.length; i++) {
      if (state === 0) return 0;
      const arc = this.#arcFrom(state, unitAt(text, i, mode));
      if (arc === NO_ARC) return 0;
      roles = (this.#arcs[arc * 2]! >>> ROLE_SHIFT) & ROLE_MASK;
      state = this.#arcs[arc * 2 + 1]!;
    }
    return roles;
  }

  /**
   * True when `text` (read in `mode`) is a compound: a begin part, any middle
   * parts and a last part with `lastRole` (End; Adjective for adjective
   * compounds), each at least compoundMin long, as the dictionary's roles
   * allow (linking elements such as the Fugen-s belong to the begin/middle
   * forms: `Integrations`).
   */
  isCompound(text: string, mode: CaseMode, lastRole: number = Role.End, minPart = this.#compoundMin): boolean {
    if (text.length > MAX_WORD_LENGTH) return false;
    this.#stamp++;
    this.#lastRole = lastRole;
    this.#minPart = minPart;
    return this.#compoundFrom(text, mode, 0, true);
  }

  #compoundFrom(text: string, mode: CaseMode, start: number, first: boolean): boolean {
    const arcs = this.#arcs;
    const min = this.#minPart;
    const partRole = first ? Role.Begin : Role.Middle;
    let state = this.#root;
    for (let i = start; i < text.length; i++) {
      const arc = this.#arcFrom(state, unitAt(text, i, mode));
      if (arc === NO_ARC) return false;
      const roles = (arcs[arc * 2]! >>> ROLE_SHIFT) & ROLE_MASK;
      const rest = text.length - i - 1;
      if (roles !== 0 && i + 1 - start >= min) {
        if (rest === 0) return !first && (roles & this.#lastRole) !== 0;
        if (rest >= min && roles & partRole && this.#tailIsCompound(text, mode, i + 1)) return true;
      }
      state = arcs[arc * 2 + 1]!;
      if (state === 0) return false;
    }
    return false;
  }

  #tailIsCompound(text: string, mode: CaseMode, start: number): boolean {
    if (this.#failedTail[start] === this.#stamp) return false;
    if (this.#compoundFrom(text, mode, start, false)) return true;
    this.#failedTail[start] = this.#stamp;
    return false;
  }

  /**
   * Adds to `out` every form (standalone) and every compound whose folded key
   * is `key`, spelled as the lexicon spells its parts. Walks the automaton
   * once, following at each step every label that folds to the key's next
   * letter(s): `fur` reaches `für`, `grosse` reaches `große` and `Größe`.
   */
  collectSpellings(key: string, out: Set<string>): void {
    if (key.length === 0 || key.length > MAX_WORD_LENGTH) return;
    this.#budget = SEARCH_STEP_BUDGET;
    this.#foldWalk(key, 0, this.#root, 0, 0, out);
  }

  /**
   * Follows, from `state`, every arc whose label folds to the key at `keyPos`:
   * the letter in both cases, for a/o/u also ä/ö/ü in both cases, for `ss`
   * also ß. One pass over the state's arcs (at the root: direct probes).
   */
  #foldWalk(key: string, keyPos: number, state: number, depth: number, partStart: number, out: Set<string>): void {
    const letter = key.charCodeAt(keyPos);
    const upper = upperUnit(letter);
    const umlaut = UMLAUT_OF[letter] ?? NO_ARC;
    const upperUmlaut = umlaut === NO_ARC ? NO_ARC : upperUnit(umlaut);
    const sharp = letter === 0x73 && key.charCodeAt(keyPos + 1) === 0x73 ? 0xdf : NO_ARC;
    if (state === this.#root) {
      this.#foldProbe(key, keyPos + 1, letter, depth, partStart, out);
      if (upper !== letter) this.#foldProbe(key, keyPos + 1, upper, depth, partStart, out);
      if (umlaut !== NO_ARC) {
        this.#foldProbe(key, keyPos + 1, umlaut, depth, partStart, out);
        this.#foldProbe(key, keyPos + 1, upperUmlaut, depth, partStart, out);
      }
      if (sharp !== NO_ARC) this.#foldProbe(key, keyPos + 2, sharp, depth, partStart, out);
      return;
    }
    const arcs = this.#arcs;
    for (let arc = state; ; arc++) {
      const word = arcs[arc * 2]!;
      const label = word & LABEL_MASK;
      if (label === letter || label === upper || label === umlaut || label === upperUmlaut) {
        this.#foldStep(key, keyPos + 1, arc, depth, partStart, out);
      } else if (label === sharp) this.#foldStep(key, keyPos + 2, arc, depth, partStart, out);
      if (word & LAST_ARC) return;
    }
  }

  /** Looks `label` up among the root's arcs (a table probe) and continues from there. */
  #foldProbe(key: string, next: number, label: number, depth: number, partStart: number, out: Set<string>): void {
    const arc = this.#arcFrom(this.#root, label);
    if (arc !== NO_ARC) this.#foldStep(key, next, arc, depth, partStart, out);
  }

  /** Takes `arc` and continues the search after it, or ends a spelling there. */
  #foldStep(key: string, next: number, arc: number, depth: number, partStart: number, out: Set<string>): void {
    if (out.size >= MAX_SPELLINGS || this.#budget-- <= 0) return;
    const word = this.#arcs[arc * 2]!;
    const roles = (word >>> ROLE_SHIFT) & ROLE_MASK;
    const first = partStart === 0;
    const min = this.#compoundMin;
    const partLength = depth + 1 - partStart;
    this.#spelling[depth] = word & LABEL_MASK;
    if (next === key.length) {
      if (first ? roles & Role.Standalone : roles & Role.End && partLength >= min) out.add(this.#spelled(depth + 1));
      else if (!first && roles & Role.Adjective && partLength >= min) out.add(this.#spelledLowerInitial(depth + 1));
      return;
    }
    if (partLength >= min && key.length - next >= min && roles & (first ? Role.Begin : Role.Middle)) {
      this.#foldWalk(key, next, this.#root, depth + 1, depth + 1, out);
    }
    const target = this.#arcs[arc * 2 + 1]!;
    if (target !== 0) this.#foldWalk(key, next, target, depth + 1, partStart, out);
  }

  #spelled(length: number): string {
    return String.fromCharCode.apply(null, this.#spelling.subarray(0, length) as unknown as number[]);
  }

  /** An adjective compound begins with a noun part but is written lowercase: `zivilgesellschaftlichen`. */
  #spelledLowerInitial(length: number): string {
    return String.fromCharCode(lowerUnit(this.#spelling[0]!)) + this.#spelled(length).slice(1);
  }
}
