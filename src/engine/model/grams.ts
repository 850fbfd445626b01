import type { Weights } from './weights';

/**
 * A Chinese model's character 2–3-grams in an open-addressing table keyed by a 32-bit hash of their code units and
 * checked against the units themselves: reading a sentence allocates no string and hashes no double (a Map keyed by
 * the n-gram strings made the audit 2x slower). Reads exactly what features.ts writes: digits as one 0, no spaces.
 */
export class GramTable {
  private readonly slot = new Int32Array(1 << 15).fill(-1);
  private readonly units: Uint16Array;
  /** every n-gram's row of class scores, one after another: row `id` is [id × width, (id + 1) × width) */
  private readonly weights: Float64Array;
  private readonly width: number;
  private readonly stamp: Uint32Array;
  private calls = 0;
  // one sentence's code units, reused: sentences are cut at 600 units (segment.ts)
  private readonly codes = new Uint16Array(4096);

  constructor(weights: Weights) {
    const grams = [...weights.table].filter(([f]) => !f.startsWith('v:') && !f.startsWith('r:'));
    this.width = weights.classes.length;
    this.units = new Uint16Array(grams.length * 3);
    this.weights = new Float64Array(grams.length * this.width);
    grams.forEach(([gram, row], id) => {
      this.weights.set(row, id * this.width);
      const c = gram.length === 3 ? gram.charCodeAt(2) : 0;
      this.units.set([gram.charCodeAt(0), gram.charCodeAt(1), c], id * 3);
      let at = hash(pairHash(gram.charCodeAt(0), gram.charCodeAt(1)), c);
      while (this.slot[at] !== -1) at = (at + 1) & MASK;
      this.slot[at] = id;
    });
    this.stamp = new Uint32Array(grams.length);
  }

  /** Adds the weights of every distinct n-gram of `folded` to z, in the order they first occur. */
  addAll(z: number[], folded: string): void {
    const codes = this.codes;
    let n = 0;
    for (let i = 0; i < folded.length && n < codes.length; i++) {
      const c = folded.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (n === 0 || codes[n - 1] !== 48 || !isDigit(folded.charCodeAt(i - 1))) codes[n++] = 48;
      } else if (!isSpace(c)) codes[n++] = c;
    }
    // each n-gram counts once (the fit saw presence): stamped with this call's number, no Set per call
    const call = ++this.calls;
    const { stamp, weights, width } = this;
    // the scores live in a scratch array while rows are added, each class in the order the n-grams come
    const sum = this.sum(z);
    for (let i = 0; i + 1 < n; i++) {
      const a = codes[i]!;
      const b = codes[i + 1]!;
      // the 2-gram's hash is the 3-gram's prefix: computed once for both
      const pair = pairHash(a, b);
      let id = this.find(pair, a, b, 0);
      if (id >= 0 && stamp[id] !== call) {
        stamp[id] = call;
        for (let k = 0, at = id * width; k < width; k++) sum[k]! += weights[at + k]!;
      }
      if (i + 2 >= n) continue;
      id = this.find(pair, a, b, codes[i + 2]!);
      if (id >= 0 && stamp[id] !== call) {
        stamp[id] = call;
        for (let k = 0, at = id * width; k < width; k++) sum[k]! += weights[at + k]!;
      }
    }
    for (let k = 0; k < width; k++) z[k] = sum[k]!;
  }

  private scratch = new Float64Array(0);

  private sum(z: readonly number[]): Float64Array {
    if (this.scratch.length !== z.length) this.scratch = new Float64Array(z.length);
    for (let k = 0; k < z.length; k++) this.scratch[k] = z[k]!;
    return this.scratch;
  }

  private find(pair: number, a: number, b: number, c: number): number {
    const { slot, units } = this;
    for (let at = hash(pair, c); slot[at] !== -1; at = (at + 1) & MASK) {
      const id = slot[at]!;
      if (units[id * 3] === a && units[id * 3 + 1] === b && units[id * 3 + 2] === c) return id;
    }
    return -1;
  }
}

const MASK = (1 << 15) - 1;
// every unit is multiplied in before the top bits are taken: a unit only XORed at the end never reached them,
// and every 3-gram probed from its 2-gram's slot
const pairHash = (a: number, b: number) => Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b);
const hash = (pair: number, c: number) => Math.imul(pair ^ c, 0xc2b2ae35) >>> 17;
const isDigit = (c: number) => c >= 48 && c <= 57;
// what /\s/ matches among the characters a folded policy holds
const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 0xa0 ||
  c === 0x3000 ||
  c === 0xfeff ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x1680 ||
  c === 0x202f ||
  c === 0x205f;
