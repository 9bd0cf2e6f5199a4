/**
 * The user's dictionary files (--dict): one word a line, `#` starts a
 * comment, blank lines are fine, `!Word` marks a word never to be changed.
 *
 *     # names of the collection
 *     Klose        # a plain word: known, and the target for `Kose`
 *     !Kose        # protected: left exactly as it is
 *
 * A line that is not one word is an error naming the file and line, so a
 * typo never silently drops a word.
 */
import fs from 'node:fs';
import { UsageError } from './settings.js';

export interface UserDictionary {
  /** Known words, and targets for their damaged forms. */
  words: string[];
  /** Words never changed. */
  protectedWords: string[];
}

/** Reads and merges the files; throws UsageError (exit 2) for a missing file or a bad line. */
export function readDictionaries(files: readonly string[]): UserDictionary {
  const merged: UserDictionary = { words: [], protectedWords: [] };
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`dictionary ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`);
    }
    const parsed = parseDictionary(text, file);
    merged.words.push(...parsed.words);
    merged.protectedWords.push(...parsed.protectedWords);
  }
  return merged;
}

export function parseDictionary(text: string, file: string): UserDictionary {
  const dictionary: UserDictionary = { words: [], protectedWords: [] };
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const problem = lineProblem(line);
    if (problem) throw new UsageError(`${file}:${index + 1}: ${problem}`);
    if (line.startsWith('!')) dictionary.protectedWords.push(line.slice(1).normalize('NFC'));
    else dictionary.words.push(line.normalize('NFC'));
  });
  return dictionary;
}

/** Why a line is not one (optionally protected) word; undefined when it is. */
function lineProblem(line: string): string | undefined {
  const word = line.startsWith('!') ? line.slice(1) : line;
  if (word === '') return '"!" needs a word after it (!Kose)';
  if (/[\p{Cc}\p{Cf}]/u.test(word)) return `"${JSON.stringify(word).slice(1, -1)}" contains a control character`;
  if (/\s/u.test(word)) return `"${word}" is more than one word: one word a line`;
  if (!/\p{L}/u.test(word)) return `"${word}" has no letter`;
  return undefined;
}

/** Adds a word to a dictionary file (--review's "add to dictionary"), creating the file if needed. */
export function appendToDictionary(file: string, line: string): void {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  fs.appendFileSync(file, (existing === '' || existing.endsWith('\n') ? '' : '\n') + line + '\n');
}
