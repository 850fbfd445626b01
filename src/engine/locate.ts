import type { Sentence } from './segment';

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

const globals = new Map<RegExp, RegExp>();

/** In text order, the indexes of the sentences where `word` matches, each once. */
export function sentencesWith(folded: string, sentences: readonly Sentence[], word: RegExp): number[] {
  if (sentences.length === 0) return [];
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
