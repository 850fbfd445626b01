/**
 * An Aho–Corasick automaton over UTF-16 code units: it reads a text one code unit at a time, one table step
 * each, and its state tells which words end at that point, overlapping ones included. Testing the words at each
 * position instead stalls on every code unit that starts one (提, 公, 使… one in six of a policy's), and V8 runs
 * a long alternation of Chinese words slower still.
 */
export class Automaton {
  /** code unit → its column in `step`; 0 for every code unit that occurs in no word */
  readonly column = new Uint16Array(0x10000);
  readonly width: number;
  /** state × width + column → next state; state 0 is the start, where no word has begun */
  readonly step: Int32Array;
  /** per state: the indices of the words that end there, the words ending in it as a suffix included */
  readonly ending: number[][];

  constructor(words: readonly string[]) {
    let width = 1;
    let states = 1;
    for (const word of words) {
      states += word.length;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (this.column[code] === 0) this.column[code] = width++;
      }
    }
    this.width = width;
    // the trie of the words: -1 where no word continues
    const child = new Int32Array(states * width).fill(-1);
    const own: number[][] = [[]];
    words.forEach((word, index) => {
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const at = state * width + this.column[word.charCodeAt(i)]!;
        if (child[at] === -1) {
          child[at] = own.length;
          own.push([]);
        }
        state = child[at]!;
      }
      if (state !== 0) own[state]!.push(index);
    });
    // Breadth first, each state learns where a code unit leads when no word continues: where it leads from the
    // state of the longest proper suffix that begins some word (`fallback`), whose row is already complete.
    this.step = new Int32Array(own.length * width);
    this.ending = own.map((list) => [...list]);
    const fallback = new Int32Array(own.length);
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
      this.ending[state]!.push(...this.ending[fallback[state]!]!);
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
}
