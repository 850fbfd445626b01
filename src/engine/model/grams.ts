import type { Weights } from './weights';

/**
 * A Chinese model's character 2–3-grams in an open-addressing table keyed by a 32-bit hash of their code units and
 * checked against the units themselves: reading a sentence allocates no string and hashes no double (a Map keyed by
 * the n-gram strings made the audit 2x slower). Reads exactly what features.ts writes: digits as one 0, no spaces.
 */
export class GramTable {
  private readonly slot = new Int32Array(1 << 15).fill(-1);
  private readonly units: Uint16Array;
  private readonly rows: Float64Array[] = [];
  private readonly stamp: Uint32Array;
  private calls = 0;
  // one sentence's code units, reused: sentences are cut at 600 units (segment.ts)
  private readonly codes = new Uint16Array(4096);

  constructor(weights: Weights) {
    const grams = [...weights.table].filter(([f]) => !f.startsWith('v:') && !f.startsWith('r:'));
    this.units = new Uint16Array(grams.length * 3);
    for (const [gram, row] of grams) {
      const id = this.rows.length;
      this.rows.push(row);
      const c = gram.length === 3 ? gram.charCodeAt(2) : 0;
      this.units.set([gram.charCodeAt(0), gram.charCodeAt(1), c], id * 3);
      let at = hash(gram.charCodeAt(0), gram.charCodeAt(1), c);
      while (this.slot[at] !== -1) at = (at + 1) & MASK;
      this.slot[at] = id;
    }
    this.stamp = new Uint32Array(this.rows.length);
  }

  /** Adds the weights of every distinct n-gram of `folded` to z. */
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
    for (let i = 0; i + 1 < n; i++) {
      const a = codes[i]!;
      const b = codes[i + 1]!;
      for (let k = 0, id = this.find(a, b, 0); k < 2; k++, id = i + 2 < n ? this.find(a, b, codes[i + 2]!) : -1) {
        if (id < 0 || this.stamp[id] === call) continue;
        this.stamp[id] = call;
        const row = this.rows[id]!;
        for (let j = 0; j < z.length; j++) z[j]! += row[j]!;
      }
    }
  }

  private find(a: number, b: number, c: number): number {
    for (let at = hash(a, b, c); this.slot[at] !== -1; at = (at + 1) & MASK) {
      const id = this.slot[at]!;
      if (this.units[id * 3] === a && this.units[id * 3 + 1] === b && this.units[id * 3 + 2] === c) return id;
    }
    return -1;
  }
}

const MASK = (1 << 15) - 1;
const hash = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca6b) ^ c) >>> 17;
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
