import type { Sentence } from './segment';
import { literalWords } from './words';

/**
 * Sentences found through the words they must hold: one search of the whole text for a word, each hit mapped to
 * its sentence, instead of slicing every sentence of a policy to test it (issue 16's policy-level readers run
 * several such searches per audit; most sentences hold none of their words).
 */

/** The index of the sentence holding `at` (sentences are sorted and do not overlap). */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Word patterns (plain alternations of literal words) whose sentences the sentence scan of analyze.ts finds: it
 * gives each pattern a bit, so a Chinese policy's sentences holding one are read from the scan's bits instead
 * of a search of the whole text for a long alternation (six of them ran over every policy, ~5 % of an audit).
 */
export class ScannedWords {
  /** per pattern (or word list), its bit */
  readonly bitOf = new Map<RegExp | readonly string[], number>();
  readonly groups: Array<[number, readonly string[]]> = [];
  readonly nextBit: number;
  /** per code unit, 1 where some word goes on after it: a sentence ending in any other unit cannot cut a word */
  private readonly goesOn = new Uint8Array(0x10000);
  /** the code-unit pairs inside the words, as (first << 16 | second) */
  private readonly pairs = new Set<number>();
  /** per code unit, 1 where some word begins with it */
  private readonly begins = new Uint8Array(0x10000);

  constructor(patterns: ReadonlyArray<RegExp | readonly string[]>, firstBit: number) {
    let bit = firstBit;
    for (const pattern of patterns) {
      const words = pattern instanceof RegExp ? literalWords(pattern) : pattern;
      if (!words || bit === 0) throw new Error(`ScannedWords: ${String(pattern)} is no word list, or no bit is left`);
      this.bitOf.set(pattern, bit);
      this.groups.push([bit, words]);
      bit <<= 1;
      for (const word of words) {
        this.begins[word.charCodeAt(0)] = 1;
        for (let i = 0; i + 1 < word.length; i++) {
          this.goesOn[word.charCodeAt(i)] = 1;
          this.pairs.add((word.charCodeAt(i) << 16) | word.charCodeAt(i + 1));
        }
      }
    }
    this.nextBit = bit;
  }

  /**
   * Whether a search of the whole text finds the same sentences as the bits: no word can start before the first
   * sentence (sentenceAt() maps that to the first one) nor run on past a sentence's end — a piece of an over-long
   * run cut inside a word (segment.ts) would make the search see a word the scan of either piece cannot.
   */
  sealed(folded: string, sentences: readonly Sentence[]): boolean {
    if (sentences.length > 0)
      for (let i = 0; i < sentences[0]!.start; i++) if (this.begins[folded.charCodeAt(i)] === 1) return false;
    for (const s of sentences) {
      if (s.end >= folded.length || this.goesOn[folded.charCodeAt(s.end - 1)] === 0) continue;
      if (this.pairs.has((folded.charCodeAt(s.end - 1) << 16) | folded.charCodeAt(s.end))) return false;
    }
    return true;
  }
}

/** The scan's bits for a policy's sentences, and whether they stand for a search (ScannedWords.sealed). */
export interface Scanned {
  words: ScannedWords;
  bits: Int32Array;
  sealed: boolean;
}

/** Whether sentence `i` holds a match of `word`: read from its bits when the scan has them. */
export function sentenceHas(
  folded: string,
  sentences: readonly Sentence[],
  i: number,
  word: RegExp,
  scanned?: Scanned,
): boolean {
  const bit = scanned?.words.bitOf.get(word);
  if (bit !== undefined) return (scanned!.bits[i]! & bit) !== 0;
  return word.test(folded.slice(sentences[i]!.start, sentences[i]!.end));
}

/** Whether `word` matches anywhere in the text: read from the scan's bits when they stand for a search. */
export function holdsWord(folded: string, word: RegExp, scanned?: Scanned): boolean {
  const bit = scanned?.sealed ? scanned.words.bitOf.get(word) : undefined;
  if (bit === undefined) return word.test(folded);
  for (const bits of scanned!.bits) if ((bits & bit) !== 0) return true;
  return false;
}

const globals = new Map<RegExp, RegExp>();

/** In text order, the indexes of the sentences where `word` matches, each once. */
export function sentencesWith(
  folded: string,
  sentences: readonly Sentence[],
  word: RegExp,
  scanned?: Scanned,
): number[] {
  if (sentences.length === 0) return [];
  const bit = scanned?.sealed ? scanned.words.bitOf.get(word) : undefined;
  if (bit !== undefined) {
    const out: number[] = [];
    const { bits } = scanned!;
    for (let i = 0; i < bits.length; i++) if ((bits[i]! & bit) !== 0) out.push(i);
    return out;
  }
  let search = globals.get(word);
  if (!search)
    globals.set(word, (search = new RegExp(word.source, word.flags.includes('g') ? word.flags : `${word.flags}g`)));
  search.lastIndex = 0;
  const out: number[] = [];
  for (let m = search.exec(folded); m; m = search.exec(folded)) {
    const i = sentenceAt(sentences, m.index);
    const s = sentences[i]!;
    if (m.index < s.end && out[out.length - 1] !== i) out.push(i);
    // on to the next sentence: one hit is enough to hold the word
    search.lastIndex = Math.max(search.lastIndex, m.index < s.end ? s.end : m.index + 1);
  }
  return out;
}
