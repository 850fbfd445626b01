/**
 * A set of literal words, each tagged with a bit, found in one pass over a text by an Aho–Corasick automaton:
 * one table step per code unit, whatever the words and wherever they overlap. Testing the words at each
 * position instead stalls on every code unit that starts a word (提, 公, 使… one in six of a policy's), and V8
 * runs a long alternation of Chinese words slower still.
 */
export class WordSet {
  /** code unit → its column in `step`; 0 for every code unit that occurs in no word */
  private readonly column = new Uint16Array(0x10000);
  private readonly width: number;
  /** state × width + column → next state; state 0 is the start, where no word has begun */
  private readonly step: Int32Array;
  /** per state: the bits of every word that ends there, the words ending in it as a suffix included */
  private readonly bits: Int32Array;

  constructor(groups: ReadonlyArray<readonly [bit: number, words: readonly string[]]>) {
    let width = 1;
    let states = 1;
    for (const [, words] of groups) {
      for (const word of words) {
        states += word.length;
        for (let i = 0; i < word.length; i++) {
          const code = word.charCodeAt(i);
          if (this.column[code] === 0) this.column[code] = width++;
        }
      }
    }
    this.width = width;
    // the trie of the words: -1 where no word continues
    const child = new Int32Array(states * width).fill(-1);
    this.bits = new Int32Array(states);
    let count = 1;
    for (const [bit, words] of groups) {
      for (const word of words) {
        let state = 0;
        for (let i = 0; i < word.length; i++) {
          const at = state * width + this.column[word.charCodeAt(i)]!;
          if (child[at] === -1) child[at] = count++;
          state = child[at]!;
        }
        if (state !== 0) this.bits[state]! |= bit;
      }
    }
    // breadth first, each state learns where a code unit leads when no word continues: where it leads from the
    // state of its longest proper suffix that is a word's prefix (`fallback`), whose row is already complete
    this.step = new Int32Array(states * width);
    const fallback = new Int32Array(states);
    const queue: number[] = [];
    for (let column = 1; column < width; column++) {
      const next = child[column]!;
      if (next !== -1) {
        this.step[column] = next;
        queue.push(next);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      this.bits[state]! |= this.bits[fallback[state]!]!;
      for (let column = 1; column < width; column++) {
        const next = child[state * width + column]!;
        const viaFallback = this.step[fallback[state]! * width + column]!;
        if (next === -1) this.step[state * width + column] = viaFallback;
        else {
          this.step[state * width + column] = next;
          fallback[next] = viaFallback;
          queue.push(next);
        }
      }
    }
  }

  /** The bits of every group with a word in `text`. */
  scan(text: string): number {
    let found = 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = this.step[state * this.width + this.column[text.charCodeAt(i)]!]!;
      found |= this.bits[state]!;
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

  constructor(terms: Iterable<string>) {
    for (const term of terms) (this.byFirst[term.charCodeAt(0)] ??= []).push(term);
    for (const list of this.byFirst) list?.sort((a, b) => b.length - a.length);
  }

  /** Calls `found` with the longest term at each position of `text` that starts one, in text order. */
  each(text: string, found: (term: string) => void): void {
    for (let i = 0; i < text.length; i++) {
      const terms = this.byFirst[text.charCodeAt(i)];
      if (terms === undefined) continue;
      for (let k = 0; k < terms.length; k++) {
        if (text.startsWith(terms[k]!, i)) {
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
