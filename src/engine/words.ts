import { Automaton } from './automaton';

/**
 * A set of literal words, each tagged with a bit of one of two 32-bit words: which groups have a word in a text,
 * in one pass.
 *
 * The automaton's steps are stored as a comb (row displacement): a step that leads where the start state's step
 * on the same code unit leads is not stored, and the others (2,697 of the Chinese scan's 777,000) sit in one
 * shared array at their state's offset plus their column, each tagged with the state that owns it. A state is
 * named by its offset.
 */
export class WordSet {
  private readonly column: Uint16Array;
  /** column → the state the start state steps to (every state's step unless its own is stored) */
  private readonly root: Uint16Array;
  /** offset + column → owner << 16 | next state, -1 where empty; a state is named by its offset */
  private readonly cells: Int32Array;
  /** per state (by offset): the bits of the words ending there, first word at 2 × offset, second word after it */
  private readonly bits: Int32Array;
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
    const { width, step, ending } = automaton;
    this.column = automaton.column;
    const offsets = combOffsets(step, width, ending.length);
    const size = Math.max(...offsets) + width;
    if (size >= 0xffff) throw new Error('WordSet: more cells than two-byte state names hold');
    this.root = Uint16Array.from(step.subarray(0, width), (next) => offsets[next]!);
    this.cells = new Int32Array(size).fill(-1);
    this.bits = new Int32Array(size * 2);
    ending.forEach((list, state) => {
      const at = offsets[state]!;
      for (let column = 0; column < width; column++) {
        const next = step[state * width + column]!;
        if (next !== step[column]) this.cells[at + column] = (at << 16) | offsets[next]!;
      }
      this.bits[at * 2] = list.reduce((bits, w) => bits | (bitOf[w] ?? 0), 0);
      this.bits[at * 2 + 1] = list.reduce((bits, w) => bits | highBitOf[w]!, 0);
    });
  }

  /**
   * The first word's bits of every group with a word in `text` (from `start` to `end`, without slicing it out);
   * the second word's are left in `high`.
   */
  scan(text: string, start = 0, end = text.length): number {
    const { column, root, cells, bits } = this;
    let found = 0;
    let high = 0;
    let state = 0;
    for (let i = start; i < end; i++) {
      const col = column[text.charCodeAt(i)]!;
      const cell = cells[state + col]!;
      // -1 when the cell is the state's own (owner === state), else 0: no branch on text the CPU cannot predict
      const own = (((cell >>> 16) ^ state) - 1) >> 31;
      state = (cell & 0xffff & own) | (root[col]! & ~own);
      found |= bits[state * 2]!;
      high |= bits[state * 2 + 1]!;
    }
    this.high = high;
    return found;
  }
}

/**
 * Each state's offset in the comb: distinct for every state (the offset names it), and such that no two states'
 * stored steps share a cell. States with the most stored steps are placed first, each at the lowest offset free.
 */
function combOffsets(step: Int32Array, width: number, states: number): number[] {
  const stored: number[][] = [];
  for (let state = 0; state < states; state++) {
    const columns: number[] = [];
    for (let column = 0; column < width; column++)
      if (step[state * width + column] !== step[column]) columns.push(column);
    stored.push(columns);
  }
  // the start state stores nothing and is placed first: its offset is 0, where every scan begins
  const order = stored
    .map((_, state) => state)
    .sort((a, b) => (a === 0 ? -1 : b === 0 ? 1 : stored[b]!.length - stored[a]!.length || a - b));
  const taken: boolean[] = [];
  const named: boolean[] = [];
  const offsets: number[] = new Array<number>(states).fill(0);
  for (const state of order) {
    let at = 0;
    while (named[at] || stored[state]!.some((column) => taken[at + column])) at++;
    named[at] = true;
    for (const column of stored[state]!) taken[at + column] = true;
    offsets[state] = at;
  }
  return offsets;
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
        if (s === -1 || (s === second && startsAt(text, this.terms[terms[k]!]!, i))) {
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
 * `text.startsWith(term, at)` for a term whose first two units are known to match there: compared unit by unit
 * from the third, where the builtin was a call out of optimised code for every candidate term (a sixth of tag()).
 */
function startsAt(text: string, term: string, at: number): boolean {
  if (at + term.length > text.length) return false;
  for (let j = 2; j < term.length; j++) if (text.charCodeAt(at + j) !== term.charCodeAt(j)) return false;
  return true;
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
