import type { Rule } from './rules';
import { literalWords } from './words';

/**
 * Rule gates that are plain word lists join the sentence's one WordSet scan (analyze.ts): a bit per rule read
 * from that scan instead of one regex test per rule and sentence. A gate written as a real regex stays a regex.
 */
export class GateBits {
  /** the gate words, grouped by the bit they set, for the WordSet */
  readonly groups: Array<[number, string[]]> = [];
  private readonly bitOf = new Map<Rule, number>();
  /** the first bit after the gates', free for other word groups of the same scan */
  readonly nextBit: number;

  constructor(rules: readonly Rule[], firstBit: number) {
    let bit = firstBit;
    for (const rule of rules) {
      const words = rule.gate ? literalWords(rule.gate) : null;
      // a 32-bit mask runs out of bits after 1 << 31: the rest keep their regex
      if (!words || bit === 0) continue;
      this.bitOf.set(rule, bit);
      this.groups.push([bit, words]);
      bit <<= 1;
    }
    this.nextBit = bit;
  }

  /** Whether the rule's gate lets the sentence through, given the bits the sentence's scan found. */
  opens(rule: Rule, sentence: string, found: number): boolean {
    if (!rule.gate) return true;
    const bit = this.bitOf.get(rule);
    return bit === undefined ? rule.gate.test(sentence) : (found & bit) !== 0;
  }

  /**
   * Per rule of `rules`, in order, its gate's bit: 0 where the gate stays a regex (or there is none), so a loop
   * over the rules reads an array instead of asking the Map once per rule and sentence.
   */
  bitsOf(rules: readonly Rule[]): Int32Array {
    return Int32Array.from(rules, (rule) => this.bitOf.get(rule) ?? 0);
  }
}
