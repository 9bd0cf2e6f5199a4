/**
 * The Lexicon over the compiled dictionary: Hunspell's acceptance rules for
 * German (forms, compounds, capitalisation, ALL-CAPS with SS for ß, words
 * joined by hyphens) on top of the word automaton, plus frequencies.
 */
import { Role, type LexiconData } from './binary-format.js';
import { CapType, CaseMode, capType, capitalise } from './casing.js';
import { FrequencyTable } from './frequency-table.js';
import type { Lexicon } from './lexicon.js';
import type { KeyLattice } from './key-lattice.js';
import { WordAutomaton } from './word-automaton.js';
import { WordMemo } from '../text/word-memo.js';
import { MAX_WORD_LENGTH } from '../text/chars.js';
import { releasedData } from './data-files.js';

/** Verdict of one reading of a token. */
const Verdict = { No: 0, Yes: 1, Forbidden: 2 } as const;
type Verdict = (typeof Verdict)[keyof typeof Verdict];

/** Hunspell gives up on words with this many break points (hyphens, dots). */
const MAX_BREAKS = 10;
/** Shortest part of an adjective compound (see #isAdjectiveCompound). */
const ADJECTIVE_COMPOUND_PART = 4;
/** Shortest head and last part of a word split by lastParts (shorter last parts are endings: Faden is no F + aden). */
const HEAD_PART = 2;
const LAST_PART = 4;
const NO_SPELLINGS: readonly string[] = Object.freeze([]);
const NO_READINGS: KeyLattice['readingsAt'] = Object.freeze([]);
/** Words whose isWord verdict and frequency are kept (see WordMemo). */
const MEMO_WORDS = 25_000;

export class GermanLexicon implements Lexicon {
  // Not readonly: rebound to the file's bytes when a start-up snapshot is restored (see DataFileHolder).
  #words!: WordAutomaton;
  #frequencies!: FrequencyTable;
  #everyday!: FrequencyTable;
  #checkSharps!: boolean;
  /** Reused by every spellings search. */
  readonly #found = new Map<string, boolean>();
  readonly #verdicts = new WordMemo(MEMO_WORDS, (token) => this.#accepts(token, true));
  readonly #counts = new WordMemo(MEMO_WORDS, (word) => this.#frequencies.count(word));
  /** The lattice of spellingsForKey: the token alone. */
  readonly #plain: KeyLattice = { token: '', readingsAt: NO_READINGS, maxCost: 0 };

  constructor(data: LexiconData) {
    this.rebind(data);
  }

  /** Reads `data` from now on: the same file's, so every memo stays right (see DataFileHolder). */
  rebind(data: LexiconData): void {
    this.#words = new WordAutomaton(data.arcs, data.header.root, data.header.compoundMin);
    this.#frequencies = new FrequencyTable(data.frequencyBlob, data.frequencyOffsets, data.frequencyCounts);
    this.#everyday = new FrequencyTable(data.everydayBlob, data.everydayOffsets, data.everydayCounts);
    this.#checkSharps = data.header.checkSharps;
  }

  /** Lets go of the file's bytes until rebind (see DataFileHolder). */
  release(): void {
    this.#words = releasedData('the lexicon');
    this.#frequencies = releasedData('the lexicon');
    this.#everyday = releasedData('the lexicon');
  }

  isWord(token: string): boolean {
    return this.#verdicts.get(token);
  }

  /**
   * Like isWord, but without the adjective compounds Hunspell does not know
   * (`zivilgesellschaftlichen`): only what the dictionary itself vouches for.
   * Such a spelling outranks a mere adjective-compound reading (`vielfältigen`
   * over `vielfaltigen` = viel + faltigen).
   */
  isDictionaryWord(token: string): boolean {
    return this.#accepts(token, false);
  }

  isForm(token: string): boolean {
    const roles = this.#words.formRoles(token, CaseMode.AsWritten);
    return (roles & Role.Standalone) !== 0 && (roles & Role.Forbidden) === 0;
  }

  lastParts(word: string): string[] {
    // A lowercase word may begin with a noun (zeitkritische: Zeit + kritische), as in #isAdjectiveCompound.
    const ends = this.#words.headEnds(word, CaseMode.AsWritten, HEAD_PART, LAST_PART);
    if (capType(word) === CapType.None) ends.push(...this.#words.headEnds(word, CaseMode.Title, HEAD_PART, LAST_PART));
    const parts = [...new Set(ends)].sort((a, b) => a - b).map((end) => word.slice(end));
    return parts.filter((part) => this.#isLastPart(part));
  }

  /** A compound end (lösungen), or a word itself, a noun written in lowercase inside the compound too (überprüfung). */
  #isLastPart(part: string): boolean {
    return (this.#words.formRoles(part, CaseMode.AsWritten) & Role.End) !== 0 || this.isWord(part) || this.isWord(capitalise(part));
  }

  everydayFrequency(word: string): number {
    return this.#everyday.count(word);
  }

  frequency(word: string): number {
    return this.#counts.get(word);
  }

  prefixFrequency(prefix: string): number {
    return this.#frequencies.prefixCount(prefix);
  }

  spellingsForKey(token: string): readonly string[] {
    this.#plain.token = token;
    return this.spellingsForLattice(this.#plain);
  }

  spellingsForLattice(lattice: KeyLattice): readonly string[] {
    const found = this.#found;
    found.clear();
    this.#words.collectSpellings(lattice, found);
    if (found.size === 0) return NO_SPELLINGS;
    // The search is wider than isWord (no forbidden compounds, no adjective-compound limits): keep what isWord keeps.
    const spellings: string[] = [];
    found.forEach((isForm, spelling) => {
      if (isForm || this.isWord(spelling)) spellings.push(spelling);
    });
    if (spellings.length <= 1) return spellings.length === 0 ? NO_SPELLINGS : spellings;
    const ranked = spellings.map((spelling) => ({ spelling, count: this.frequency(spelling) }));
    return ranked.sort((a, b) => b.count - a.count || this.#compareVouched(a.spelling, b.spelling)).map(({ spelling }) => spelling);
  }

  /** Orders a dictionary word before an adjective-compound reading, otherwise by code units. */
  #compareVouched(a: string, b: string): number {
    return +this.isDictionaryWord(b) - +this.isDictionaryWord(a) || (a < b ? -1 : 1);
  }

  #accepts(token: string, adjectiveCompounds: boolean): boolean {
    if (token.length === 0 || token.length > MAX_WORD_LENGTH) return false;
    if (token.charCodeAt(token.length - 1) === 0x2e) return this.#isAbbreviation(token, adjectiveCompounds);
    const verdict = this.#checkCased(token, adjectiveCompounds);
    if (verdict !== Verdict.No) return verdict === Verdict.Yes;
    return this.#isBrokenAt(token, '-', adjectiveCompounds) || this.#isBrokenAt(token, '.', adjectiveCompounds);
  }

  /** One reading: a standalone form, or a compound unless the whole is a forbidden form. */
  #check(text: string, mode: CaseMode, variant: boolean): Verdict {
    const roles = this.#words.formRoles(text, mode);
    if (roles & Role.Forbidden) return Verdict.Forbidden;
    if (roles & Role.Standalone && !(variant && roles & Role.KeepCase)) return Verdict.Yes;
    return this.#words.isCompound(text, mode) ? Verdict.Yes : Verdict.No;
  }

  /**
   * Hunspell's capitalisation rules: the token as written; a capitalised token
   * also as lowercase (sentence start); an ALL-CAPS token also lowercase,
   * capitalised, and with SS read as ß (`STRASSE`). Mixed case only as written.
   * Then adjective compounds, in any of these capitalisations.
   */
  #checkCased(token: string, adjectiveCompounds: boolean): Verdict {
    const asWritten = this.#check(token, CaseMode.AsWritten, false);
    if (asWritten !== Verdict.No) return asWritten;
    const type = capType(token);
    if (type === CapType.Mixed) return Verdict.No;
    if (type === CapType.Initial) {
      const lower = this.#check(token, CaseMode.Lower, true);
      if (lower !== Verdict.No) return lower;
    }
    if (type === CapType.All) {
      if (this.#checkSharps && token.includes('SS') && this.#hasSharpReading(token.toLowerCase(), 0)) return Verdict.Yes;
      const lower = this.#check(token, CaseMode.Lower, true);
      if (lower !== Verdict.No) return lower;
      const title = this.#check(token, CaseMode.Title, true);
      if (title !== Verdict.No) return title;
    }
    if (!adjectiveCompounds || type === CapType.Initial) return Verdict.No;
    return this.#isAdjectiveCompound(token) ? Verdict.Yes : Verdict.No;
  }

  /**
   * Beyond Hunspell: a noun part (with its linking element) joined to a
   * declined adjective is written as one lowercase word: `zivilgesellschaftlichen`,
   * `integrationspolitische`. igerman98 marks no adjective as a compound end,
   * so Hunspell rejects these real words; clean-ocr must not "repair" them.
   * Kept narrow because umlaut-stripped words hide in this pattern: lowercase
   * or ALL-CAPS only (`Oberflache` is Ober + flache), parts of at least
   * ADJECTIVE_COMPOUND_PART letters (`tatsachlich` is Tat + sachlich).
   */
  #isAdjectiveCompound(token: string): boolean {
    return this.#words.isCompound(token, CaseMode.Title, Role.Adjective, ADJECTIVE_COMPOUND_PART);
  }

  /** Tries every way of reading the `ss` pairs from `from` on as ß (at least one), lowercase and capitalised. */
  #hasSharpReading(lower: string, from: number): boolean {
    const at = lower.indexOf('ss', from);
    if (at < 0) return false;
    const sharp = `${lower.slice(0, at)}ß${lower.slice(at + 2)}`;
    if (this.#check(sharp, CaseMode.AsWritten, true) === Verdict.Yes) return true;
    if (this.#check(sharp, CaseMode.Title, true) === Verdict.Yes) return true;
    return this.#hasSharpReading(sharp, at + 1) || this.#hasSharpReading(lower, at + 2);
  }

  /**
   * Hunspell's BREAK rule for `-` (and `.`): a token made of words joined by
   * the mark is a word (`Debian-Architekturen`, `US-Wirtschaft`). Like
   * Hunspell, splits at the second occurrence of the mark, then at the first,
   * each side checked in full (recursively).
   */
  #isBrokenAt(token: string, mark: string, adjectiveCompounds: boolean): boolean {
    const first = token.indexOf(mark);
    if (first < 0) return false;
    let breaks = 0;
    for (let at = first; at >= 0; at = token.indexOf(mark, at + 1)) if (++breaks >= MAX_BREAKS) return false;
    const second = token.indexOf(mark, first + 1);
    for (const at of second > 0 && second < token.length - 1 ? [second, first] : [first]) {
      const accepts = (part: string) => this.#accepts(part, adjectiveCompounds);
      if (at > 0 && at < token.length - 1 && accepts(token.slice(at + 1)) && accepts(token.slice(0, at))) {
        return true;
      }
    }
    return false;
  }

  /** `usw.`, `Abb.`: the word without its trailing dots, or the abbreviation with one dot as a form. */
  #isAbbreviation(token: string, adjectiveCompounds: boolean): boolean {
    let end = token.length;
    while (end > 0 && token.charCodeAt(end - 1) === 0x2e) end--;
    if (end === 0) return false;
    const word = token.slice(0, end);
    return this.#accepts(word, adjectiveCompounds) || this.#checkCased(`${word}.`, adjectiveCompounds) === Verdict.Yes;
  }
}
