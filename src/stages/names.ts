/**
 * The document as its own dictionary: a name the text spells the same way
 * several times (`Klose` ×5) tells that a lone look-alike that is no word
 * (`Kose`) is that name misread. The user's own words (--dict) are such names
 * too, however often they occur. Where the evidence is weaker — several
 * candidates, or a slip OCR does not usually make (`Maier` / `Meier`) — the
 * repair is only suggested.
 */
import { isOcrSlip, oneEdit } from '../names/one-edit.js';
import type { Edit, Stage } from '../types.js';

/** A capitalised word, not inside a path, address or dotted name (`config.Kose`, `/Kose`). */
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}_/\\@.])\p{Lu}\p{Ll}+(?![\p{L}\p{M}\p{N}_/\\@]|\.\p{L})/gu;
const IS_CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** How often a spelling must occur to count as the document's name. */
const MIN_NAME_COUNT = 3;
/** The name must occur this many times more often than its variant. */
const RARITY = 3;
/** Shorter words are too close to too many others to tell a slip from a different word. */
const MIN_LENGTH = 4;

const CONFIDENCE = { documentName: 0.9, userName: 0.8, weak: 0.3 } as const;

export const namesStage: Stage = {
  name: 'names',
  description: "repair a lone misreading of a name the document (or the user's dictionary) spells the same way elsewhere",
  run(text, context) {
    const counts = new Map<string, number>();
    for (const [word] of text.matchAll(CAPITALISED)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const { userWords, protectedWords } = context.options;
    const userNames = new Set([...userWords, ...protectedWords].filter((word) => IS_CAPITALISED.test(word) && word.length >= MIN_LENGTH));
    const names = [...counts].filter(([word, count]) => word.length >= MIN_LENGTH && (count >= MIN_NAME_COUNT || userNames.has(word)));
    for (const name of userNames) if (!counts.has(name)) names.push([name, 0]);
    if (names.length === 0) return [];
    const lexicon = context.lexicon();
    const repairs = new Map<string, { after: string; confidence: number } | null>();
    for (const [variant, count] of counts) {
      if (variant.length < MIN_LENGTH || count >= MIN_NAME_COUNT || userNames.has(variant) || lexicon.isWord(variant)) continue;
      repairs.set(variant, repairOf(variant, count, names, userNames));
    }
    const edits: Edit[] = [];
    for (const match of text.matchAll(CAPITALISED)) {
      const repair = repairs.get(match[0]);
      if (repair) edits.push({ start: match.index, end: match.index + match[0].length, rule: 'document-name', ...repair });
    }
    return edits;
  },
};

/**
 * The name a rare non-word is a slip of: sure when it is the only such name
 * and the slip is a typical OCR one; a suggestion when several names fit.
 * A name plus or minus a final letter is its inflection (`Kloses`), not a slip.
 */
function repairOf(
  variant: string,
  variantCount: number,
  names: readonly (readonly [string, number])[],
  userNames: ReadonlySet<string>,
): { after: string; confidence: number } | null {
  const fits = names.filter(([name, count]) => {
    if (!userNames.has(name) && count < RARITY * variantCount) return false;
    if (name.startsWith(variant) || variant.startsWith(name)) return false;
    return oneEdit(variant, name) !== undefined;
  });
  if (fits.length === 0) return null;
  const [name] = fits[0]!;
  if (fits.length > 1 || !isOcrSlip(oneEdit(variant, name)!)) return { after: name, confidence: CONFIDENCE.weak };
  return { after: name, confidence: userNames.has(name) ? CONFIDENCE.userName : CONFIDENCE.documentName };
}
