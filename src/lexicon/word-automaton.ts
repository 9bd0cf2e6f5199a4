/**
 * The minimal automaton of all forms of the lexicon, read in place from the
 * compiled file. Arcs are two uint32 words (see binary-format.ts); a state is
 * the run of arcs starting at its first arc, sorted by label. Lookups walk the
 * token's code units directly: no substrings, no allocation.
 */
import { LAST_ARC, ROLE_SHIFT, Role } from './binary-format.js';
import { type CaseMode, lowerUnit, unitAt } from './casing.js';

const LABEL_MASK = 0xffff;
const ROLE_MASK = 0xff;
const NO_ARC = -1;
/** Longest token analysed as a compound; longer ones are not words anyway. */
export const MAX_WORD_LENGTH = 128;

/** Key folding: lowercase, umlauts without dots; `ß` is marked for the two-letter `ss`. */
const SHARP = 0x10000;
function foldUnit(c: number): number {
  switch (c) {
    case 0xe4: case 0xc4: return 0x61; // ä Ä → a
    case 0xf6: case 0xd6: return 0x6f; // ö Ö → o
    case 0xfc: case 0xdc: return 0x75; // ü Ü → u
    case 0xdf: case 0x1e9e: return SHARP; // ß ẞ → ss
    default: return c < 0x80 ? (c >= 0x41 && c <= 0x5a ? c + 32 : c) : String.fromCharCode(c).toLowerCase().charCodeAt(0);
  }
}

/** The umlaut-free key of a word: lowercase, ä→a, ö→o, ü→u, ß→ss. Example: foldKey('Größe') → 'grosse'. */
export function foldKey(word: string): string {
  let key = '';
  for (let i = 0; i < word.length; i++) {
    const folded = foldUnit(word.charCodeAt(i));
    key += folded === SHARP ? 'ss' : String.fromCharCode(folded);
  }
  return key;
}

/** Limits of one spellings search, so that a long key cannot explode into compound splits. */
const SEARCH_ARC_BUDGET = 200_000;
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
    this.#budget = SEARCH_ARC_BUDGET;
    this.#foldWalk(key, 0, this.#root, 0, 0, out);
  }

  #foldWalk(key: string, keyPos: number, state: number, depth: number, partStart: number, out: Set<string>): void {
    const arcs = this.#arcs;
    const first = partStart === 0;
    const min = this.#compoundMin;
    for (let arc = state; out.size < MAX_SPELLINGS && this.#budget-- > 0; arc++) {
      const word = arcs[arc * 2]!;
      const label = word & LABEL_MASK;
      const folded = foldUnit(label);
      let next: number;
      if (folded === SHARP) {
        next = key.startsWith('ss', keyPos) ? keyPos + 2 : NO_ARC;
      } else next = folded === key.charCodeAt(keyPos) ? keyPos + 1 : NO_ARC;
      if (next !== NO_ARC) {
        this.#spelling[depth] = label;
        const roles = (word >>> ROLE_SHIFT) & ROLE_MASK;
        const partLength = depth + 1 - partStart;
        if (next === key.length) {
          if (first ? roles & Role.Standalone : roles & Role.End && partLength >= min) out.add(this.#spelled(depth + 1));
          else if (!first && roles & Role.Adjective && partLength >= min) out.add(this.#spelledLowerInitial(depth + 1));
        } else {
          if (partLength >= min && key.length - next >= min && roles & (first ? Role.Begin : Role.Middle)) {
            this.#foldWalk(key, next, this.#root, depth + 1, depth + 1, out);
          }
          const target = arcs[arc * 2 + 1]!;
          if (target !== 0) this.#foldWalk(key, next, target, depth + 1, partStart, out);
        }
      }
      if (word & LAST_ARC) return;
    }
  }

  #spelled(length: number): string {
    return String.fromCharCode(...this.#spelling.subarray(0, length));
  }

  /** An adjective compound begins with a noun part but is written lowercase: `zivilgesellschaftlichen`. */
  #spelledLowerInitial(length: number): string {
    return String.fromCharCode(lowerUnit(this.#spelling[0]!), ...this.#spelling.subarray(1, length));
  }
}
