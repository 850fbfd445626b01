import { Automaton } from './automaton';

/** A set of literal words, each tagged with a bit: which groups have a word in a text, in one pass. */
export class WordSet {
  private readonly column: Uint16Array;
  /** the automaton's steps with every state stored as its row's offset (state × width): no multiply per step */
  private readonly step: Int32Array;
  /** per row offset: the bits of the words ending in that state */
  private readonly bits: Int32Array;

  constructor(groups: ReadonlyArray<readonly [bit: number, words: readonly string[]]>) {
    const words = groups.flatMap(([, list]) => list);
    const bitOf = groups.flatMap(([bit, list]) => list.map(() => bit));
    const automaton = new Automaton(words);
    const { width } = automaton;
    this.column = automaton.column;
    this.step = automaton.step.map((next) => next * width);
    this.bits = new Int32Array(automaton.step.length);
    automaton.ending.forEach((ending, state) => {
      this.bits[state * width] = ending.reduce((bits, w) => bits | bitOf[w]!, 0);
    });
  }

  /** The bits of every group with a word in `text` (from `start` to `end`, without slicing it out). */
  scan(text: string, start = 0, end = text.length): number {
    const { column, step, bits } = this;
    let found = 0;
    let row = 0;
    for (let i = start; i < end; i++) {
      row = step[row + column[text.charCodeAt(i)]!]!;
      found |= bits[row]!;
    }
    return found;
  }
}

/**
 * Literal terms found the way a regex alternation of them, longest first, finds them when each search restarts
 * one code unit after the last match: at every position, the longest term that starts there.
 */
export class TermIndex {
  private readonly byFirst: Array<string[] | undefined> = new Array<string[] | undefined>(0x10000).fill(undefined);
  /** per first code unit, the second code unit of each of its terms in the same order (-1: a one-unit term) */
  private readonly seconds: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(0x10000).fill(undefined);

  constructor(terms: Iterable<string>) {
    for (const term of terms) (this.byFirst[term.charCodeAt(0)] ??= []).push(term);
    this.byFirst.forEach((list, code) => {
      if (!list) return;
      list.sort((a, b) => b.length - a.length);
      this.seconds[code] = Int32Array.from(list, (term) => (term.length > 1 ? term.charCodeAt(1) : -1));
    });
  }

  /** Calls `found` with the longest term at each position of `text` that starts one, in text order. */
  each(text: string, found: (term: string) => void): void {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const terms = this.byFirst[code];
      if (terms === undefined) continue;
      // a term's second unit is compared before the whole term: most terms of a first character part there
      const seconds = this.seconds[code]!;
      const second = i + 1 < text.length ? text.charCodeAt(i + 1) : -2;
      for (let k = 0; k < terms.length; k++) {
        const s = seconds[k]!;
        if (s === -1 || (s === second && text.startsWith(terms[k]!, i))) {
          found(terms[k]!);
          break;
        }
      }
    }
  }
}

/**
 * The words of a pattern that is nothing but literal alternatives (「共享|披露|[:：]」), so a WordSet can find
 * them; null for anything else (flags, groups, quantifiers, escapes), which must stay a regex.
 */
export function literalWords(pattern: RegExp): string[] | null {
  if (pattern.flags !== '') return null;
  const words: string[] = [];
  for (const part of pattern.source.split('|')) {
    if (/^\[[^\\\]^-]+\]$/.test(part)) words.push(...part.slice(1, -1).split(''));
    else if (/^[^\\^$.*+?()[\]{}]+$/.test(part)) words.push(part);
    else return null;
  }
  return words;
}
