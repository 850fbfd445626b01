import { Automaton } from './automaton';

/**
 * A set of literal words, each tagged with a bit of one of two 32-bit words: which groups have a word in a text,
 * in one pass.
 */
export class WordSet {
  private readonly column: Uint16Array;
  private readonly width: number;
  /**
   * state × width + column → next state, two bytes an entry (a few thousand states fit), with each state's bits in
   * arrays of their own: a third of the bytes of four-byte row offsets whose bits sat in an array as sparse as the
   * steps, so the rules' regexes push less of the scan's tables out of the cache between sentences
   */
  private readonly step: Uint16Array;
  /** per state: the bits (first word) of the words ending there */
  private readonly bits: Int32Array;
  /** per state: the bits of the second word */
  private readonly highBits: Int32Array;
  /** the second word's bits found by the last scan() */
  high = 0;

  constructor(
    groups: ReadonlyArray<readonly [bit: number, words: readonly string[]]>,
    highGroups: ReadonlyArray<readonly [bit: number, words: readonly string[]]> = [],
  ) {
    const words = [...groups, ...highGroups].flatMap(([, list]) => list);
    const bitOf = groups.flatMap(([bit, list]) => list.map(() => bit));
    const highBitOf = [
      ...groups.flatMap(([, list]) => list.map(() => 0)),
      ...highGroups.flatMap(([bit, list]) => list.map(() => bit)),
    ];
    const automaton = new Automaton(words);
    if (automaton.ending.length > 0x10000) throw new Error('WordSet: more states than two-byte steps hold');
    this.width = automaton.width;
    this.column = automaton.column;
    this.step = Uint16Array.from(automaton.step);
    this.bits = Int32Array.from(automaton.ending, (ending) => ending.reduce((bits, w) => bits | (bitOf[w] ?? 0), 0));
    this.highBits = Int32Array.from(automaton.ending, (ending) => ending.reduce((bits, w) => bits | highBitOf[w]!, 0));
  }

  /**
   * The first word's bits of every group with a word in `text` (from `start` to `end`, without slicing it out);
   * the second word's are left in `high`.
   */
  scan(text: string, start = 0, end = text.length): number {
    const { column, step, bits, highBits, width } = this;
    let found = 0;
    let high = 0;
    let state = 0;
    for (let i = start; i < end; i++) {
      state = step[Math.imul(state, width) + column[text.charCodeAt(i)]!]!;
      found |= bits[state]!;
      high |= highBits[state]!;
    }
    this.high = high;
    return found;
  }
}

/**
 * Literal terms found the way a regex alternation of them, longest first, finds them when each search restarts
 * one code unit after the last match: at every position, the longest term that starts there.
 */
export class TermIndex {
  /**
   * per code unit, 1 + its place in `byFirst` and `seconds`, or 0 where no term starts: a two-byte entry a code
   * unit, where two 65,536-slot arrays of pointers spread a sentence's lookups over a megabyte
   */
  private readonly slot = new Uint16Array(0x10000);
  /** per first code unit that starts a term, the indices (into the constructor's terms) of its terms, longest first */
  private readonly byFirst: Int32Array[] = [];
  /** the second code unit of each of those terms, in the same order (-1: a one-unit term) */
  private readonly seconds: Int32Array[] = [];
  private readonly terms: string[];
  /** the indices found by the last scan(): reused, so a sentence's scan allocates nothing */
  private found = new Int32Array(64);

  constructor(terms: Iterable<string>) {
    this.terms = [...terms];
    const lists = new Map<number, number[]>();
    this.terms.forEach((term, index) => {
      const code = term.charCodeAt(0);
      const list = lists.get(code);
      if (list) list.push(index);
      else lists.set(code, [index]);
    });
    for (const [code, list] of lists) {
      // stable: terms of one length keep their order
      list.sort((a, b) => this.terms[b]!.length - this.terms[a]!.length);
      this.byFirst.push(Int32Array.from(list));
      this.seconds.push(Int32Array.from(list, (k) => (this.terms[k]!.length > 1 ? this.terms[k]!.charCodeAt(1) : -1)));
      this.slot[code] = this.byFirst.length;
    }
  }

  /**
   * The index of the longest term at each position of `text` that starts one, in text order, into `found` (valid
   * up to the returned count, until the next scan): indices instead of a callback with the term, so a caller
   * reads what a term means from an array rather than hashing the term in a Map.
   */
  scan(text: string): { found: Int32Array; count: number } {
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const slot = this.slot[text.charCodeAt(i)]!;
      if (slot === 0) continue;
      const terms = this.byFirst[slot - 1]!;
      // a term's second unit is compared before the whole term: most terms of a first character part there
      const seconds = this.seconds[slot - 1]!;
      const second = i + 1 < text.length ? text.charCodeAt(i + 1) : -2;
      for (let k = 0; k < terms.length; k++) {
        const s = seconds[k]!;
        if (s === -1 || (s === second && text.startsWith(this.terms[terms[k]!]!, i))) {
          if (count === this.found.length) {
            const grown = new Int32Array(count * 2);
            grown.set(this.found);
            this.found = grown;
          }
          this.found[count++] = terms[k]!;
          break;
        }
      }
    }
    return { found: this.found, count };
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
