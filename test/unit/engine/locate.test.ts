import { describe, expect, test } from 'vitest';
import { SCANNED, zhWords } from '../../../src/engine/analyze';
import { holdsWord, sentencesWith } from '../../../src/engine/locate';
import { fold } from '../../../src/engine/normalize';
import { MAX_SENTENCE, segment } from '../../../src/engine/segment';
import { randomText } from './random-text';

/** The sentence scan's bits find the sentences a search of the whole text finds, or say they cannot. */
const PIECES = [
  '手机号',
  '单独同意',
  '撤回',
  '个性化推荐',
  '定向广告',
  'personalised',
  '退订',
  'sdk',
  '《第三方清单》',
  'phone number',
  '我们会共享',
  '，',
  '。',
  '；',
  '\n',
  ' ',
  '。\n',
  '；；',
];

function both(text: string) {
  const folded = fold(text, 'zh-Hans');
  const sentences = segment(folded, false, text);
  const bits = Int32Array.from(sentences, (s) => zhWords(folded, s.start, s.end));
  const scanned = { words: SCANNED, bits, sealed: SCANNED.sealed(folded, sentences) };
  const patterns = [...SCANNED.bitOf.keys()].filter((word): word is RegExp => word instanceof RegExp);
  return patterns.map((word) => ({
    word: word.source,
    sealed: scanned.sealed,
    search: sentencesWith(folded, sentences, word),
    bits: sentencesWith(folded, sentences, word, scanned),
    anywhere: [word.test(folded), holdsWord(folded, word, scanned)],
  }));
}

describe('sentencesWith from the sentence scan', () => {
  test.each(Array.from({ length: 40 }, (_, k) => k + 1))('random text %i', (seed) => {
    for (const { search, bits, anywhere } of both(randomText(PIECES, seed, 60 + seed * 7))) {
      expect(bits).toEqual(search);
      expect(anywhere[1]).toBe(anywhere[0]);
    }
  });

  test('a run cut at MAX_SENTENCE inside a word falls back to the search', () => {
    // no comma or space in the last half of the run: segment cuts it at MAX_SENTENCE, inside 「手机号」
    const text = `${'甲'.repeat(MAX_SENTENCE - 1)}手机号${'乙'.repeat(20)}。`;
    const results = both(text);
    for (const { search, bits } of results) expect(bits).toEqual(search);
    expect(results.every((r) => !r.sealed)).toBe(true);
    expect(results.find((r) => r.word.startsWith('手机号'))!.search).toEqual([0]);
  });
});
