/**
 * Shared types of the cleaning pipeline. A stage proposes edits against the
 * text it receives; the pipeline applies them, maps their positions back to
 * the original input and records each one as a Change.
 */
import type { Lexicon } from './lexicon/lexicon.js';
import type { Bigrams } from './lexicon/bigrams.js';

/** Names of the stages, in pipeline order. */
export type StageName =
  | 'mojibake'
  | 'nfc'
  | 'whitespace'
  | 'ligatures'
  | 'noise'
  | 'hyphenation'
  | 'layout'
  | 'quotes'
  | 'umlauts'
  | 'abbreviations'
  | 'dass'
  | 'names'
  | 'punctuation'
  | 'references';

/** One replacement a stage proposes: text[start, end) becomes `after`. */
export interface Edit {
  start: number;
  end: number;
  after: string;
  /** Short name of the rule that made the edit, e.g. `nbsp`, `line-break-hyphen`. */
  rule: string;
  /** How sure the stage is that the edit is right, 0..1. */
  confidence: number;
}

/** An edit as recorded for the user: where it was in the input, and whether it was made. */
export interface Change {
  stage: StageName;
  rule: string;
  /** 1-based line and column (in code points) of the edit in the original input. */
  line: number;
  column: number;
  /** Offset (UTF-16 code units) of the edit in the original input text. */
  offset: number;
  before: string;
  after: string;
  confidence: number;
  /** False for a suggestion: confidence below `minConfidence`, so the text kept `before`. */
  applied: boolean;
}

/** `auto`: the document's own style („…“ unless it uses guillemets); `keep`: quotation marks untouched. */
export type QuoteStyle = 'auto' | 'german' | 'guillemets' | 'keep';

export interface CleanOptions {
  /** Stages to leave out, by name. */
  readonly skip: readonly StageName[];
  /** Edits below this confidence are reported as suggestions, not made. */
  readonly minConfidence: number;
  /** Quotation mark style of the output. */
  readonly quotes: QuoteStyle;
  /** Join the lines of each paragraph into one line. */
  readonly reflow: boolean;
  /**
   * Treat pre-1996 and 19th-century spellings as words (never modernise);
   * `auto`: where the text itself shows such spellings (see looksHistoric).
   */
  readonly historic: boolean | 'auto';
  /** Regional spelling: its dictionary; with `de-CH` no ß is ever written (`Strasse`). */
  readonly lang: Language;
  /** The user's words (names, places, terms): known words, and targets for their damaged forms. */
  readonly userWords: readonly string[];
  /** Words never changed where they occur as a whole token (`!Kose` in a dictionary file). */
  readonly protectedWords: readonly string[];
  /** A reviewer's verdicts on particular edits (see src/review-decisions.ts); they beat the confidence. */
  readonly decisions: readonly EditDecision[];
}

export type Language = 'de-DE' | 'de-AT' | 'de-CH';

/**
 * A verdict on one edit, found again in a new run by its stage, rule, before
 * and after and by which such edit it is in the stage's text (0 = first).
 */
export interface EditDecision {
  readonly stage: StageName;
  readonly rule: string;
  readonly before: string;
  readonly after: string;
  readonly occurrence: number;
  /** accept: make it whatever its confidence; reject: leave the text; a string: write this instead. */
  readonly verdict: 'accept' | 'reject' | { readonly replace: string };
}

/** What a stage may read besides the text. */
export interface StageContext {
  readonly options: CleanOptions;
  /** The German lexicon, loaded on first use. */
  lexicon(): Lexicon;
  /** Word-pair counts for real-word twins (konnte/könnte), loaded on first use; without them the neighbours are not asked. */
  wordPairs?(): Bigrams;
}

export interface Stage {
  readonly name: StageName;
  /** One line: what the stage repairs and why. */
  readonly description: string;
  /** Pure: proposes edits (non-overlapping, any order) against `text`. */
  run(text: string, context: StageContext): Edit[];
}

export interface CleanResult {
  text: string;
  changes: Change[];
}
