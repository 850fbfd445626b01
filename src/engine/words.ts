/**
 * A set of literal words, each tagged with a bit, found by one pass over the text: a table says which code
 * units can start a word, and only there are the words tried. For the sentence prefilter this is several
 * times faster than V8 running a long alternation of Chinese words.
 */
export class WordSet {
  private readonly starts = new Uint8Array(0x10000);
  private readonly byFirst = new Map<number, Array<[string, number]>>();

  constructor(groups: ReadonlyArray<readonly [bit: number, words: readonly string[]]>) {
    for (const [bit, words] of groups) {
      for (const word of words) {
        const code = word.charCodeAt(0);
        this.starts[code] = 1;
        const list = this.byFirst.get(code) ?? [];
        list.push([word, bit]);
        this.byFirst.set(code, list);
      }
    }
  }

  /** The bits of every group with a word in `text`; stops early once any bit of `enough` is found. */
  scan(text: string, enough = 0): number {
    let found = 0;
    for (let i = 0; i < text.length; i++) {
      if (this.starts[text.charCodeAt(i)] === 0) continue;
      for (const [word, bit] of this.byFirst.get(text.charCodeAt(i))!) {
        if ((found & bit) === 0 && text.startsWith(word, i)) {
          found |= bit;
          if ((found & enough) !== 0) return found;
        }
      }
    }
    return found;
  }
}
