/** Whether a text is historic (the default `historic: 'auto'`), from the old spellings it shows. */
import { LETTER, MAX_WORD_LENGTH } from '../text/chars.js';
import { WordMemo } from '../text/word-memo.js';
import { modernReadings } from './historic-lexicon.js';
import { isDictionaryWord, type Lexicon } from './lexicon.js';

/**
 * The two garbles of OCR without a German model that leave an old spelling
 * recognisable: ü read as ii (Thiir: Thür) and ß as a capital B inside the
 * word (daB, muBte: daß, mußte). Undone here, in an old spelling only, so
 * that an English-model reading of old print shows its age too; the
 * umlaut stage weighs every garble (correction/visual-cost.ts).
 */
const GARBLE_MARKS = ['ii', 'B'];
/** Lowercase letters, ASCII and German: no regex of letter classes to compile for one page. */
const LOWERCASE = 'a-zäöüß';
const LOWERCASE_LETTER = new RegExp(`[${LOWERCASE}]`);
/** A B after a lowercase letter. */
const GARBLED_SHARP_S = new RegExp(`(?<=[${LOWERCASE}])B`, 'g');

/** The token with ii read as ü and an inner B as ß: muBte → mußte, Thiir → Thür. */
function withGarblesUndone(token: string): string {
  return token.replaceAll('ii', 'ü').replace(GARBLED_SHARP_S, 'ß');
}

/**
 * What marks an old spelling: th (Theil, thun, Noth), ß (daß, Kenntniß), ey
 * (seyn), ie before ng or bt (gieng, giebt), and the garbles above in
 * English-model OCR (daB, Thiir). The weaker rules (Classe,
 * probiren) are not looked for: these mark any old text, and each is found
 * with indexOf, not a regex over it.
 */
const OLD_MARKS = ['th', 'Th', 'ß', 'ey', 'ieng', 'iebt', ...GARBLE_MARKS];
/** How many old spellings, of at least two words, make a text historic: a name (Meyer) is one. */
const OLD_SPELLINGS = 3;
const UMLAUT = /[äöüÄÖÜ]/;
/**
 * Common English words that read as German without their h (forth: fort,
 * strength: strengt, bath: bat), which the corpus, counting German
 * paragraphs only, never counted (that and both it has, in quotations):
 * an English passage is no old German.
 */
const ENGLISH_TH_WORDS: ReadonlySet<string> = new Set(['forth', 'strength', 'bath']);
/** Verdicts per token, kept across chunks (text repeats its words); emptied when full. */
const MAX_VERDICTS = 50_000;
const verdicts = new WeakMap<Lexicon, WordMemo<boolean>>();

/**
 * Whether the text shows spellings from before the reforms that the modern
 * lexicon lacks and a rule of MODERNISATIONS explains (Theil, thun, Noth,
 * daß, seyn): then its old spellings are words (`historic: 'auto'`) and lost
 * dots are restored in them too (Thur → Thür).
 * Example: looksHistoric('Er wollte seinen Theil aus Noth nicht thun.', lexicon) = true.
 */
export function looksHistoric(text: string, modern: Lexicon): boolean {
  let isOld = verdicts.get(modern);
  if (isOld === undefined) verdicts.set(modern, (isOld = new WordMemo(MAX_VERDICTS, (token) => isOldSpelling(token, modern))));
  const found = new Set<string>();
  let count = 0;
  for (const mark of OLD_MARKS) {
    for (let at = text.indexOf(mark); at !== -1; ) {
      // A B begins most words that have one (Buch): only one inside a word may be a garbled ß.
      if (mark === 'B' && !LOWERCASE_LETTER.test(text[at - 1] ?? '')) {
        at = text.indexOf(mark, at + 1);
        continue;
      }
      const start = at - LETTER.runLengthBefore(text, at);
      const end = at + LETTER.runLengthAt(text, at);
      // Each token once, with all its marks: a long token full of them (thth…) was read again for each.
      let marks = 0;
      for (; at !== -1 && at < end; at = text.indexOf(mark, at + mark.length)) marks++;
      if (end - start > MAX_WORD_LENGTH || !isOld.getAt(text, start, end)) continue;
      found.add(text.slice(start, end));
      count += marks;
      if (count >= OLD_SPELLINGS && found.size >= 2) return true;
    }
  }
  return false;
}

/**
 * A spelling the modern lexicon lacks and an old-spelling rule explains
 * (Theil: Teil), read with the garbles above undone; the modern reading is a
 * word of the dictionary, not an adjective compound (the ß of regelmaBig,
 * a regelmäßig with its dots lost, makes regelmassig: Regel + massig). Also
 * one with its dots lost, as OCR without a German model
 * reads old print (Thur: Tür, Thranen: Tränen), where the modern reading is
 * a form of the dictionary itself, not a compound that a name may happen to
 * make (Lothringer: Löt + Ringer), and no ß was lost (großten is größten).
 */
function isOldSpelling(token: string, modern: Lexicon): boolean {
  const spelling = withGarblesUndone(token);
  if (spelling.length < 3 || modern.isWord(spelling) || ENGLISH_TH_WORDS.has(spelling.toLowerCase()) || !isUnlikelyEnglish(spelling, modern)) return false;
  const readings = modernReadings(spelling);
  return (
    readings.some((reading) => isDictionaryWord(reading, modern)) ||
    (!spelling.includes('ß') && readings.some((reading) => hasDotsLostForm(reading, modern)))
  );
}

/** The reading is a form of the dictionary with dots lost (Tur: Tür; not eiter: Eiter, read from either). */
function hasDotsLostForm(reading: string, modern: Lexicon): boolean {
  return modern.isForm !== undefined && modern.spellingsForKey(reading).some((spelling) => UMLAUT.test(spelling) && modern.isForm!(spelling));
}

/**
 * English words read as old German (that: tat, they) are counted in the corpus
 * of modern German text, which quotes English; its old spellings are not
 * (Theil, Noth: 0), except those with ß, which no English word has.
 */
function isUnlikelyEnglish(token: string, modern: Lexicon): boolean {
  return token.includes('ß') || modern.frequency(token) === 0;
}
