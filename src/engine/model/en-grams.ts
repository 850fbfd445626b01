import type { Weights } from './weights';

/**
 * The English weights' word 1–2-gram rows by number: a word's id, a pair's id from its two words', so a paragraph
 * is scored without building a "w:…"/"b:… …" string per word and pair and hashing each in a Set and a Map (most
 * of the second opinion's time). Words no feature names get no id: none of their grams has a row.
 */
export class WordGrams {
  private readonly ids = new Map<string, number>();
  private readonly unigrams: Array<Float64Array | undefined> = [];
  private readonly bigrams = new Map<number, Float64Array>();

  constructor(weights: Weights) {
    const id = (word: string) => {
      let k = this.ids.get(word);
      if (k === undefined) this.ids.set(word, (k = this.ids.size));
      return k;
    };
    const pairs: Array<[string, string, Float64Array]> = [];
    for (const [feature, row] of weights.table) {
      if (feature.startsWith('w:')) this.unigrams[id(feature.slice(2))] = row;
      else if (feature.startsWith('b:')) {
        const [a, b] = feature.slice(2).split(' ') as [string, string];
        id(a);
        id(b);
        pairs.push([a, b, row]);
      }
    }
    for (const [a, b, row] of pairs) this.bigrams.set(this.pair(this.ids.get(a)!, this.ids.get(b)!), row);
  }

  private pair(a: number, b: number): number {
    return -1 - (a * this.ids.size + b);
  }

  /**
   * Adds to `z` the row of each distinct word and word pair of `words`, in the order sentenceFeatures() lists
   * them (w:0, b:0 1, w:1, …): the same additions in the same order, so the same floating-point sums.
   */
  addAll(weights: Weights, z: number[], words: readonly string[]): void {
    const seen = new Set<number>();
    let next = words.length > 0 ? this.ids.get(words[0]!) : undefined;
    for (let i = 0; i < words.length; i++) {
      const word = next;
      next = i + 1 < words.length ? this.ids.get(words[i + 1]!) : undefined;
      if (word === undefined) continue;
      if (!seen.has(word)) {
        seen.add(word);
        weights.add(z, this.unigrams[word]);
      }
      if (next === undefined) continue;
      const pair = this.pair(word, next);
      if (!seen.has(pair)) {
        seen.add(pair);
        weights.add(z, this.bigrams.get(pair));
      }
    }
  }
}
