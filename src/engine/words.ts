/**
 * A set of literal words, each tagged with a bit, found by one pass over the text: a table says which code
 * units can start a word, and only there are the words tried. For the sentence prefilter this is several
 * times faster than V8 running a long alternation of Chinese words.
 */
export class WordSet {
  // Per first code unit, the words starting with it and the bit of each: two parallel arrays indexed by code
  // unit, because a Map lookup and a destructured pair per character cost more than the scan itself.
  private readonly words: Array<string[] | undefined> = new Array<string[] | undefined>(0x10000).fill(undefined);
  private readonly bits: Array<number[] | undefined> = new Array<number[] | undefined>(0x10000).fill(undefined);

  constructor(groups: ReadonlyArray<readonly [bit: number, words: readonly string[]]>) {
    for (const [bit, words] of groups) {
      for (const word of words) {
        const code = word.charCodeAt(0);
        (this.words[code] ??= []).push(word);
        (this.bits[code] ??= []).push(bit);
      }
    }
  }

  /** The bits of every group with a word in `text`; stops early once any bit of `enough` is found. */
  scan(text: string, enough = 0): number {
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const words = this.words[code];
      if (words === undefined) continue;
      const bits = this.bits[code]!;
      for (let k = 0; k < words.length; k++) {
        const bit = bits[k]!;
        if ((found & bit) === 0 && text.startsWith(words[k]!, i)) {
          found |= bit;
          if ((found & enough) !== 0) return found;
        }
      }
    }
    return found;
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
