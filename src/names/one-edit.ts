/**
 * Whether two spellings are one OCR slip apart: one letter inserted, dropped
 * or replaced (`Kose` / `Klose`), and whether that slip is one OCR makes
 * (a thin letter lost, a look-alike read) rather than a different name
 * (`Meier` / `Maier`, `Schmidt` / `Schmitt`).
 */
import { distance } from 'fastest-levenshtein';

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
  if (a === b || Math.abs(a.length - b.length) > 1) return undefined;
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  const tailA = a.slice(a.length === b.length || a.length > b.length ? head + 1 : head);
  const tailB = b.slice(a.length === b.length || b.length > a.length ? head + 1 : head);
  if (tailA !== tailB) return undefined;
  return { from: a.length >= b.length ? a.charAt(head) : '', to: b.length >= a.length ? b.charAt(head) : '', at: head };
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
 * two spellings one edit apart share a spelling with one letter dropped
 * (`Kose` is `Klose` without l; `Klosc` and `Klose` share `Klos`).
 */
export class NearNames {
  readonly #byDeletion = new Map<string, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of names) {
      for (const key of withOneDropped(name)) {
        const list = this.#byDeletion.get(key);
        if (list) list.push(name);
        else this.#byDeletion.set(key, [name]);
      }
    }
  }

  near(word: string): string[] {
    const found = new Set<string>();
    for (const key of withOneDropped(word)) for (const name of this.#byDeletion.get(key) ?? []) found.add(name);
    // The shared-deletion keys also pair spellings two edits apart (`Kloes`, `Klose`): keep distance 1.
    return [...found].filter((name) => distance(word, name) === 1);
  }
}

/** The word itself and each spelling with one letter dropped. */
function withOneDropped(word: string): Set<string> {
  const keys = new Set([word]);
  for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  return keys;
}
