/**
 * Builds a minimal acyclic automaton (DAWG) from words given in sorted order,
 * with the incremental algorithm of Daciuk et al. (2000). Each arc that ends a
 * word carries the word's role bits, so roles take part in minimisation and a
 * lookup needs no second table.
 */
import { ARCS_AFTER_SHIFT, LAST_ARC, MAX_ARCS_AFTER, ROLE_SHIFT } from './format.mjs';

export class DawgBuilder {
  #register = new Map();
  #root = { arcs: [], id: -1 };
  #path = [this.#root];
  #previous = '';
  #nextId = 0;

  /** Adds a word; words must come in strictly increasing UTF-16 order. */
  add(word, roles) {
    if (word <= this.#previous && this.#previous !== '') throw new Error(`unsorted input: ${word}`);
    let common = 0;
    while (common < word.length && common < this.#previous.length && word[common] === this.#previous[common]) common++;
    this.#minimise(common);
    for (let i = common; i < word.length; i++) {
      const state = { arcs: [], id: -1 };
      this.#path[i].arcs.push({ label: word.charCodeAt(i), roles: 0, target: state });
      this.#path[i + 1] = state;
    }
    this.#path[word.length - 1].arcs.at(-1).roles |= roles;
    this.#previous = word;
  }

  /**
   * Finishes the automaton and lays it out as a Uint32Array of arcs, two words
   * per arc, each state's arcs contiguous and sorted by label. Arc 0 is a
   * sentinel so that target 0 means "no outgoing arcs".
   */
  finish() {
    this.#minimise(0);
    const order = [];
    const seen = new Set();
    const visit = (state) => {
      if (seen.has(state) || state.arcs.length === 0) return;
      seen.add(state);
      order.push(state);
      for (const arc of state.arcs) visit(arc.target);
    };
    visit(this.#root);
    const firstArc = new Map();
    let arcCount = 1;
    for (const state of order) {
      firstArc.set(state, arcCount);
      arcCount += state.arcs.length;
    }
    const arcs = new Uint32Array(arcCount * 2);
    for (const state of order) {
      let index = firstArc.get(state);
      state.arcs.forEach((arc, n) => {
        const after = Math.min(state.arcs.length - 1 - n, MAX_ARCS_AFTER);
        arcs[index * 2] = arc.label | (arc.roles << ROLE_SHIFT) | (after === 0 ? LAST_ARC : 0) | (after << ARCS_AFTER_SHIFT);
        arcs[index * 2 + 1] = firstArc.get(arc.target) ?? 0;
        index++;
      });
    }
    return { arcs, root: firstArc.get(this.#root) ?? 0, states: order.length };
  }

  /** Replaces the states of the previous word below depth `down` by their registered equivalents. */
  #minimise(down) {
    for (let i = this.#previous.length; i > down; i--) {
      const parent = this.#path[i - 1];
      const child = this.#path[i];
      const key = this.#signature(child);
      let canonical = this.#register.get(key);
      if (!canonical) {
        child.id = this.#nextId++;
        this.#register.set(key, child);
        canonical = child;
      }
      parent.arcs.at(-1).target = canonical;
    }
  }

  #signature(state) {
    let key = '';
    for (const arc of state.arcs) key += `${arc.label},${arc.roles},${arc.target.id};`;
    return key;
  }
}
