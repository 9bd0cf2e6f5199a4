/** Loads the compiled lexicon (dictionaries/<lang>.bin, built by npm run build:dictionaries). */
import path from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import { readLexiconData } from './binary-format.js';
import { leaveOutOfSnapshot, readDataFile } from './data-files.js';
import { GermanLexicon } from './german-lexicon.js';

export interface LoadLexiconOptions {
  /** Language variant of the dictionary: `de-DE` (default); `de-AT`, `de-CH` once built. */
  lang?: string;
  /** Explicit path of a compiled lexicon file (overrides `lang`). */
  path?: string;
}

/** The compiled lexicon file of `lang`, in the package's dictionaries/ folder. */
export function lexiconPath(lang = 'de-DE'): string {
  return path.join(PACKAGE_ROOT, 'dictionaries', `${lang}.bin`);
}

/** Reads the file once (or takes the batch's shared copy, data-files.ts) and indexes into it; no word list is parsed. Takes a few milliseconds. */
export function loadLexicon(options: LoadLexiconOptions = {}): GermanLexicon {
  const path = options.path ?? lexiconPath(options.lang);
  const lexicon = new GermanLexicon(readLexiconData(readDataFile(path)));
  leaveOutOfSnapshot({ file: path, release: () => lexicon.release(), rebind: (bytes) => lexicon.rebind(readLexiconData(bytes)) });
  return lexicon;
}
