/**
 * The minimal automaton of all forms of the lexicon, read in place from the
 * compiled file. Arcs are two uint32 words (see binary-format.ts); a state is
 * the run of arcs starting at its first arc, sorted by label. Lookups walk the
 * token's code units directly: no substrings, no allocation.
 */
import { ARCS_AFTER_SHIFT, LAST_ARC, MAX_ARCS_AFTER, ROLE_SHIFT, Role } from './binary-format.js';
import { type CaseMode, lowerUnit, unitAt, upperUnit } from './casing.js';
import type { KeyLattice } from './key-lattice.js';
import { MAX_WORD_LENGTH } from '../text/chars.js';

const LABEL_MASK = 0xffff;
const ROLE_MASK = 0xff;
const NO_ARC = -1;

/** The umlaut-free letters each umlaut letter (and ß) folds to, case kept: Ä → A, ß → ss. */
export const FOLDED: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U', ß: 'ss' };

/** The umlaut-free key of a word: lowercase, ä→a, ö→o, ü→u, ß→ss. Example: foldKey('Größe') → 'grosse'. */
export function foldKey(word: string): string {
  return word.toLowerCase().replace(/[äöüß]/gu, (letter) => FOLDED[letter]!);
}

const LETTER_S = 0x73;
const SHARP_S = 0xdf;
const SHARP_S_KEY = String.fromCharCode(SHARP_S);
/** Largest KeyLattice.maxCost the search tracks. */
const MAX_LATTICE_COST = 4;
const NO_LATTICE: KeyLattice = { token: '', readingsAt: [], maxCost: 0 };

/** Labels from here on (ä, ö, ü, ß, other accented letters) sit at the end of a state. */
const LATE_LABEL = 0xc0;

/** The other case of a letter (ü → Ü), or NO_ARC when it has none (ß, digits). */
function otherCase(letter: number): number {
  const upper = upperUnit(letter);
  return upper === letter ? NO_ARC : upper;
}

/** A label to look for, or the highest label for NO_ARC (when looking for the lowest one). */
function orHighest(label: number): number {
  return label === NO_ARC ? LABEL_MASK : label;
}

/** The umlaut of a plain vowel (a → ä, o → ö, u → ü), or NO_ARC. */
function umlautOf(letter: number): number {
  return letter === 0x61 ? 0xe4 : letter === 0x6f ? 0xf6 : letter === 0x75 ? 0xfc : NO_ARC;
}

/** A token's code unit as a key letter: lowercase, ä→a, ö→o, ü→u (ß stays, its key is `ss`). */
function foldedUnit(unit: number): number {
  const lower = lowerUnit(unit);
  return lower === 0xe4 ? 0x61 : lower === 0xf6 ? 0x6f : lower === 0xfc ? 0x75 : lower;
}

/** One-letter keys, made once (Latin range), so reading a token allocates nothing. */
const UNIT_KEYS = Array.from({ length: 0x250 }, (_, unit) => (unit === SHARP_S ? 'ss' : String.fromCharCode(unit)));

function keyOfUnit(unit: number): string {
  return unit < UNIT_KEYS.length ? UNIT_KEYS[unit]! : String.fromCharCode(unit);
}

/** A word's head part: a word itself (herunter in herunterläuft) or a compound part (Virtualisierungs). */
const HEAD_ROLES = Role.Standalone | Role.Begin | Role.Middle;

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
  /** Token positions (× lattice cost used) where no compound part was found to start (stamped per search). */
  readonly #failedPart = new Uint32Array((MAX_WORD_LENGTH + 1) * (MAX_LATTICE_COST + 1));
  #lattice: KeyLattice = NO_LATTICE;
  #out = new Map<string, boolean>();
  #maxCost = 0;
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

  /** The role bits of `text` (read in `mode`; from `start` on) as one form; 0 when it is not a form. */
  formRoles(text: string, mode: CaseMode, start = 0): number {
    let state = this.#root;
    let roles = 0;
    for (let i = start; i < text.length; i++) {
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

  /**
   * Where `text` (read in `mode`) may split into a head of at least `minHead`
   * letters that is a word or a compound part and a last part of at least
   * `minTail` letters, shortest head first: herunterläuft → [3, 8] (her,
   * herunter). Übergreif is neither, so Übergreif + ende is no split.
   */
  headEnds(text: string, mode: CaseMode, minHead: number, minTail: number): number[] {
    const arcs = this.#arcs;
    const ends: number[] = [];
    let state = this.#root;
    for (let i = 0; text.length - i - 1 >= minTail; i++) {
      const arc = this.#arcFrom(state, unitAt(text, i, mode));
      if (arc === NO_ARC) break;
      const roles = (arcs[arc * 2]! >>> ROLE_SHIFT) & ROLE_MASK;
      if (roles & HEAD_ROLES && i + 1 >= minHead) ends.push(i + 1);
      state = arcs[arc * 2 + 1]!;
      if (state === 0) break;
    }
    return ends;
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
   * is one of the lattice's keys, spelled as the lexicon spells its parts;
   * the value says whether it is a standalone form that is not forbidden
   * (a word for sure; compounds still need the lexicon's whole-word rules).
   * Walks the automaton once along all readings together, following at each
   * step every label that folds to the next key letter: `fur` reaches `für`,
   * `grosse` reaches `große` and `Größe`. A reading that no word continues
   * dies at its first letter; a compound part that was found not to start at
   * a position is not tried there again.
   */
  collectSpellings(lattice: KeyLattice, out: Map<string, boolean>): void {
    const length = lattice.token.length;
    if (length === 0 || length > MAX_WORD_LENGTH) return;
    this.#lattice = lattice;
    this.#out = out;
    this.#maxCost = Math.min(lattice.maxCost, MAX_LATTICE_COST);
    this.#budget = SEARCH_STEP_BUDGET;
    this.#stamp++;
    this.#readAt(0, this.#root, 0, 0, 0);
    this.#lattice = NO_LATTICE;
  }

  /** Reads the token from `pos` on: its letter as itself (a doubled s also as ß), then each other reading starting there. */
  #readAt(pos: number, state: number, depth: number, partStart: number, used: number): void {
    const { token, readingsAt } = this.#lattice;
    if (pos < token.length) {
      const unit = foldedUnit(token.charCodeAt(pos));
      this.#matchKey(keyOfUnit(unit), 0, pos + 1, state, depth, partStart, used);
      if (unit === LETTER_S && pos + 1 < token.length && foldedUnit(token.charCodeAt(pos + 1)) === LETTER_S) {
        this.#matchKey(SHARP_S_KEY, 0, pos + 2, state, depth, partStart, used);
      }
    }
    const readings = used < this.#maxCost ? readingsAt[pos] : undefined;
    if (readings === undefined) return;
    for (const reading of readings) {
      const cost = used + reading.cost;
      if (cost <= this.#maxCost) this.#matchKey(reading.key, 0, pos + reading.length, state, depth, partStart, cost);
    }
  }

  /**
   * Follows from `state` every arc whose label the key letter key[k] stands
   * for (see KeyReading.key): the letter in both cases, for a/o/u also ä/ö/ü
   * in both cases, for `ss` also ß; then the rest of the key, then the token
   * from `resume`. Labels are sorted, so plain letters are found by scanning
   * a state forward and ä, ö, ü, ß (code units ≥ LATE_LABEL) by scanning it
   * back from its end: neither scan crosses the whole state.
   */
  #matchKey(key: string, k: number, resume: number, state: number, depth: number, partStart: number, used: number): void {
    const letter = key.charCodeAt(k);
    const isLate = letter >= LATE_LABEL;
    const plain = isLate ? NO_ARC : letter;
    const plainUpper = isLate ? NO_ARC : otherCase(letter);
    const late = isLate ? letter : umlautOf(letter);
    const lateUpper = late === NO_ARC ? NO_ARC : otherCase(late);
    const sharp = letter === LETTER_S && key.charCodeAt(k + 1) === LETTER_S ? SHARP_S : NO_ARC;
    if (state === this.#root) {
      this.#probeRoot(plain, key, k + 1, resume, depth, partStart, used);
      this.#probeRoot(plainUpper, key, k + 1, resume, depth, partStart, used);
      this.#probeRoot(late, key, k + 1, resume, depth, partStart, used);
      this.#probeRoot(lateUpper, key, k + 1, resume, depth, partStart, used);
      if (sharp !== NO_ARC) this.#probeRoot(sharp, key, k + 2, resume, depth, partStart, used);
      return;
    }
    const arcs = this.#arcs;
    if (plain !== NO_ARC) {
      const highest = Math.max(plain, plainUpper);
      for (let arc = state; ; arc++) {
        const word = arcs[arc * 2]!;
        const label = word & LABEL_MASK;
        if (label > highest) break;
        if (label === plain || label === plainUpper) this.#step(arc, key, k + 1, resume, depth, partStart, used);
        if (word & LAST_ARC) return;
      }
    }
    if (late === NO_ARC && sharp === NO_ARC) return;
    const lowest = Math.min(orHighest(late), orHighest(lateUpper), orHighest(sharp));
    for (let arc = this.#lastArcOf(state); arc >= state; arc--) {
      const label = arcs[arc * 2]! & LABEL_MASK;
      if (label < lowest) return;
      if (label === late || label === lateUpper) this.#step(arc, key, k + 1, resume, depth, partStart, used);
      else if (label === sharp) this.#step(arc, key, k + 2, resume, depth, partStart, used);
    }
  }

  /** The last arc of the state whose first arc is `state` (stored on the arc; counted in very wide states). */
  #lastArcOf(state: number): number {
    const after = this.#arcs[state * 2]! >>> ARCS_AFTER_SHIFT;
    if (after < MAX_ARCS_AFTER) return state + after;
    let arc = state + after;
    while (!(this.#arcs[arc * 2]! & LAST_ARC)) arc++;
    return arc;
  }

  #probeRoot(label: number, key: string, k: number, resume: number, depth: number, partStart: number, used: number): void {
    if (label === NO_ARC) return;
    const arc = this.#arcFrom(this.#root, label);
    if (arc !== NO_ARC) this.#step(arc, key, k, resume, depth, partStart, used);
  }

  /** Takes `arc`: continues the key, or at a token position ends a spelling, starts a new compound part, or reads on. */
  #step(arc: number, key: string, k: number, resume: number, depth: number, partStart: number, used: number): void {
    if (this.#out.size >= MAX_SPELLINGS || this.#budget-- <= 0 || depth >= MAX_WORD_LENGTH) return;
    const word = this.#arcs[arc * 2]!;
    const target = this.#arcs[arc * 2 + 1]!;
    this.#spelling[depth] = word & LABEL_MASK;
    if (k < key.length) {
      if (target !== 0) this.#matchKey(key, k, resume, target, depth + 1, partStart, used);
      return;
    }
    const roles = (word >>> ROLE_SHIFT) & ROLE_MASK;
    const first = partStart === 0;
    const partLength = depth + 1 - partStart;
    if (resume === this.#lattice.token.length) {
      if (first ? roles & Role.Standalone : roles & Role.End && partLength >= this.#compoundMin) {
        this.#found(this.#spelled(depth + 1), first && (roles & Role.Forbidden) === 0);
      } else if (!first && roles & Role.Adjective && partLength >= this.#compoundMin) {
        this.#found(this.#spelledLowerInitial(depth + 1), false);
      }
    } else if (partLength >= this.#compoundMin && roles & (first ? Role.Begin : Role.Middle)) {
      this.#startPart(resume, depth + 1, used);
    }
    if (target !== 0) this.#readAt(resume, target, depth + 1, partStart, used);
  }

  #found(spelling: string, isForm: boolean): void {
    if (isForm || !this.#out.has(spelling)) this.#out.set(spelling, isForm);
  }

  /** Starts a new compound part at token position `pos`, unless one was found not to start there. */
  #startPart(pos: number, depth: number, used: number): void {
    const slot = pos * (MAX_LATTICE_COST + 1) + used;
    if (this.#failedPart[slot] === this.#stamp) return;
    const before = this.#out.size;
    this.#readAt(pos, this.#root, depth, depth, used);
    if (this.#out.size === before) this.#failedPart[slot] = this.#stamp;
  }

  /** The spelling found so far; the token itself when they agree (the common case: no new string). */
  #spelled(length: number): string {
    const token = this.#lattice.token;
    let same = length === token.length;
    for (let i = 0; same && i < length; i++) same = this.#spelling[i] === token.charCodeAt(i);
    return same ? token : String.fromCharCode.apply(null, this.#spelling.subarray(0, length) as unknown as number[]);
  }

  /** An adjective compound begins with a noun part but is written lowercase: `zivilgesellschaftlichen`. */
  #spelledLowerInitial(length: number): string {
    return String.fromCharCode(lowerUnit(this.#spelling[0]!)) + this.#spelled(length).slice(1);
  }
}
