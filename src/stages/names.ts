/**
 * The document as its own dictionary: a name the text spells the same way
 * several times (`Klose` ×5) tells that a lone look-alike that is no word
 * (`Kose`) is that name misread; a name garbled where its dots were tells
 * the dots its plain spellings lost (`Baéuerle`: `Bauerle` is Bäuerle). The user's own words (--dict) are such names
 * too, however often they occur. Where the evidence is weaker — several
 * candidates, or a slip OCR does not usually make (`Maier` / `Meier`) — the
 * repair is only suggested.
 */
import { forEachCapitalisedWord } from '../names/capitalised-words.js';
import { namesWithDots } from '../names/lost-dots.js';
import { isOcrSlip, NearNames, oneEdit } from '../names/one-edit.js';
import type { Edit, Stage } from '../types.js';

const IS_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** How often a spelling must occur to count as the document's name. */
const MIN_NAME_COUNT = 3;
/** The name must occur this many times more often than its variant. */
const RARITY = 3;
/** Shorter words are too close to too many others to tell a slip from a different word. */
const MIN_LENGTH = 4;

/** dotsShown: a name's lost dots, shown by a garbled occurrence (lost-dots.ts); the garble alone is the evidence. */
const CONFIDENCE = { documentName: 0.9, userName: 0.8, dotsShown: 0.7, weak: 0.3 } as const;

export const namesStage: Stage = {
  name: 'names',
  description: "repair a lone misreading of a name the document (or the user's dictionary) spells the same way elsewhere",
  run(text, context) {
    const counts = new Map<string, number>();
    // Each occurrence (start offset, word) in text order, so the edits need no second scan.
    const starts: number[] = [];
    const words: string[] = [];
    forEachCapitalisedWord(text, (start, end) => {
      const word = text.slice(start, end);
      counts.set(word, (counts.get(word) ?? 0) + 1);
      starts.push(start);
      words.push(word);
    });
    const { userWords, protectedWords } = context.options;
    const userNames = new Set([...userWords, ...protectedWords].filter((word) => IS_CAPITALISED.test(word) && word.length >= MIN_LENGTH));
    const names = new Map([...counts].filter(([word, count]) => word.length >= MIN_LENGTH && (count >= MIN_NAME_COUNT || userNames.has(word))));
    for (const name of userNames) if (!names.has(name)) names.set(name, 0);
    const repairs = new Map<string, Repair>();
    for (const [spelling, after] of namesWithDots(counts, context.lexicon())) {
      repairs.set(spelling, { after, confidence: CONFIDENCE.dotsShown, rule: 'document-name-dots' });
    }
    let near: NearNames | undefined;
    for (const [variant, count] of names.size > 0 ? counts : new Map<string, number>()) {
      if (variant.length < MIN_LENGTH || count >= MIN_NAME_COUNT || userNames.has(variant) || repairs.has(variant)) continue;
      // Most capitalised words are nouns the lexicon knows: ask it first, it is the cheaper test.
      if (context.lexicon().isWord(variant)) continue;
      near ??= new NearNames(names.keys());
      const fits = near.near(variant).filter((name) => isRarerVariant(variant, count, name, names.get(name)!, userNames));
      if (fits.length > 0) repairs.set(variant, repairOf(variant, fits, userNames));
    }
    const edits: Edit[] = [];
    if (repairs.size === 0) return edits;
    words.forEach((word, i) => {
      const repair = repairs.get(word);
      if (repair) edits.push({ start: starts[i]!, end: starts[i]! + word.length, ...repair });
    });
    return edits;
  },
};

/**
 * The repair of a rare non-word to the names it may be a slip of: sure when
 * only one fits and the slip is a typical OCR one; a suggestion otherwise.
 */
function repairOf(variant: string, fits: readonly string[], userNames: ReadonlySet<string>): Repair {
  const name = fits[0]!;
  const rule = 'document-name';
  if (fits.length > 1 || !isOcrSlip(oneEdit(variant, name)!)) return { after: name, confidence: CONFIDENCE.weak, rule };
  return { after: name, confidence: userNames.has(name) ? CONFIDENCE.userName : CONFIDENCE.documentName, rule };
}

interface Repair {
  after: string;
  confidence: number;
  rule: 'document-name' | 'document-name-dots';
}

/**
 * The name is far more frequent than the variant (or is the user's own), and
 * not the variant plus or minus an ending: `Kloses` is Klose's genitive, not a slip.
 */
function isRarerVariant(variant: string, variantCount: number, name: string, nameCount: number, userNames: ReadonlySet<string>): boolean {
  if (!userNames.has(name) && nameCount < RARITY * variantCount) return false;
  return !name.startsWith(variant) && !variant.startsWith(name);
}
