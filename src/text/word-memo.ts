/**
 * Answers about words, kept because a document asks about the same words
 * again and again (and several stages ask). Bounded: when full it is emptied
 * at once rather than tracked per entry, which costs nothing per hit. Each
 * word is stored (and handed to `answer`) detached from the text it was cut
 * from, so a memo that outlives a document does not keep the document alive.
 * Example: new WordMemo(10, (word) => word.length).get('Haus') = 4, computed once.
 */
import { detached } from './chars.js';

export class WordMemo<T> {
  readonly #answers = new Map<string, T>();

  constructor(
    private readonly limit: number,
    private readonly answer: (word: string) => T,
  ) {}

  get(word: string): T {
    let found = this.#answers.get(word);
    if (found === undefined) {
      if (this.#answers.size >= this.limit) this.#answers.clear();
      const own = detached(word);
      found = this.answer(own);
      this.#answers.set(own, found);
    }
    return found;
  }
}
