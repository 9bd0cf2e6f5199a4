/**
 * The lexicon as the stages see it. The implementation reads the compiled
 * binary in dictionaries/ (see scripts/build-dictionaries.mjs).
 */
export interface Lexicon {
  /**
   * True when `token`, as written, is a German word: a form of the lexicon or
   * a valid compound (begin + middle* + end parts, with linking elements),
   * with German capitalisation (nouns and sentence-initial words capitalised,
   * ALL-CAPS accepted for any word). Words joined by hyphens are a word
   * (`Debian-Architekturen`), and so are lowercase adjective compounds
   * (`zivilgesellschaftlichen`); see dictionaries/README.md for the rules.
   */
  isWord(token: string): boolean;
  /** How often the form occurs in the frequency corpus (0 when never seen). */
  frequency(word: string): number;
  /**
   * The real spellings (forms and compounds of the lexicon) that fold to the
   * same umlaut-free key as `token` (ä→a, ö→o, ü→u, ß→ss, case-insensitive):
   * `fur` → [`für`, …]. The spellings come back as the lexicon writes them.
   */
  spellingsForKey(token: string): readonly string[];
}
