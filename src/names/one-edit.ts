/**
 * Whether two spellings are one OCR slip apart: one letter inserted, dropped
 * or replaced (`Kose` / `Klose`), and whether that slip is one OCR makes
 * (a thin letter lost, a look-alike read) rather than a different name
 * (`Meier` / `Maier`, `Schmidt` / `Schmitt`).
 */
/** The difference between two spellings one edit apart; undefined when they are further apart. */
export interface OneEdit {
  /** The letter of the shorter or first spelling ('' for an insertion into it). */
  from: string;
  /** The letter of the longer or second spelling ('' for a deletion). */
  to: string;
  /** Where the edit is in the first spelling. */
  at: number;
}

export function oneEdit(a: string, b: string): OneEdit | undefined {
  const head = editAt(a, b);
  if (head === -1) return undefined;
  return { from: a.length >= b.length ? a.charAt(head) : '', to: b.length >= a.length ? b.charAt(head) : '', at: head };
}

/** Where the one edit between a and b is; -1 when they are equal or further apart. Compares in place: NearNames asks it of many pairs. */
function editAt(a: string, b: string): number {
  if (a === b || Math.abs(a.length - b.length) > 1) return -1;
  let head = 0;
  while (head < a.length && head < b.length && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  // Past the edit, the rest of both must be the same: skip the edited letter in each spelling that has it.
  for (let i = a.length >= b.length ? head + 1 : head, j = b.length >= a.length ? head + 1 : head; i < a.length; i++, j++) {
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return -1;
  }
  return head;
}

/** Letters so thin that OCR drops or adds them: `Kose` for `Klose`, `Brliefe` for `Briefe`. */
const THIN = new Set(['l', 'i', 'I', 't', 'f', 'j', 'r', '1', '!', '.', "'"]);

/** Groups of letters OCR reads one for another: `Klosc` for `Klose`, `Hcinz` for `Heinz`. */
const LOOK_ALIKES = ['lIi1tfj!', 'ceo', 'nu', 'hb', 'vy', 'rt', 'S5', 'O0', 'B8', 'Z2'];

export function isOcrSlip(edit: OneEdit): boolean {
  if (edit.from === '' || edit.to === '') return THIN.has(edit.from || edit.to);
  return LOOK_ALIKES.some((group) => group.includes(edit.from) && group.includes(edit.to));
}

/**
 * The names one edit from a word, found without comparing it to every name:
 * two spellings one edit apart have lengths at most one apart, and share
 * their first letter unless the edit is there, when they share their last
 * (`Kose` and `Klose` start alike; `Rlose` and `Klose` end alike). Each name
 * is filed under both, so a word is compared only with the few names in
 * its six drawers (a word of one letter or none shares neither with a name
 * it is one edit from: it is compared with every name). Found names come in
 * the order they were given.
 */
export class NearNames {
  readonly #drawers = new Map<number, number[]>();
  readonly #names: string[];
  /** The query a name was last found for, so a name in two of a word's drawers is compared once. */
  readonly #seenBy: Uint32Array;
  #query = 0;

  constructor(names: Iterable<string>) {
    this.#names = [...names];
    this.#seenBy = new Uint32Array(this.#names.length);
    this.#names.forEach((name, index) => {
      this.#file(drawer(name.length, name.charCodeAt(0), false), index);
      this.#file(drawer(name.length, name.charCodeAt(name.length - 1), true), index);
    });
  }

  near(word: string): string[] {
    // A letter or none has no first and last letter to share: compare with every name.
    if (word.length < 2) return this.#names.filter((name) => editAt(word, name) !== -1);
    const query = ++this.#query;
    const found: number[] = [];
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const last of [false, true]) {
        for (const index of this.#drawers.get(drawer(length, word.charCodeAt(last ? word.length - 1 : 0), last)) ?? []) {
          if (this.#seenBy[index] === query) continue;
          this.#seenBy[index] = query;
          if (editAt(word, this.#names[index]!) !== -1) found.push(index);
        }
      }
    }
    return found.sort((a, b) => a - b).map((index) => this.#names[index]!);
  }

  #file(key: number, index: number): void {
    const drawer = this.#drawers.get(key);
    if (drawer) drawer.push(index);
    else this.#drawers.set(key, [index]);
  }
}

/** One number for (length, letter, first or last): names are short and letters UTF-16 units. */
function drawer(length: number, code: number, last: boolean): number {
  return (length * 0x10000 + code) * 2 + (last ? 1 : 0);
}
