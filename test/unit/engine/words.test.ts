import { describe, expect, test } from 'vitest';
import { literalWords, TermIndex, WordSet } from '../../../src/engine/words';
import { GateBits } from '../../../src/engine/gates';
import { ZH_RULES } from '../../../src/engine/rules';
import { RULE_CASES } from './rule-cases';

describe('literalWords', () => {
  test.each([
    [/共享|披露/, ['共享', '披露']],
    [/[:：]|sdk/, [':', '：', 'sdk']],
    [/公开/, ['公开']],
    [/共享|披露/g, null],
    [/共(?:享|用)/, null],
    [/a.b/, null],
    [/共享|/, null],
    [/[^：]/, null],
  ] as const)('%s → %j', (pattern, words) => expect(literalWords(pattern)).toEqual(words));
});

describe('WordSet', () => {
  const set = new WordSet([
    [1, ['共享', '共用']],
    [2, ['第三方']],
  ]);
  const nested = new WordSet([
    [1, ['提供给第三方']],
    [2, ['提供']],
    [4, ['第三']],
    [8, ['方']],
  ]);
  test.each([
    ['提供给第三方', 15],
    ['提供给第', 2],
    ['向第三人', 4],
    ['提提供', 2],
  ])('nested words: %s → %i', (text, bits) => expect(nested.scan(text)).toBe(bits));
  test.each([
    ['与第三方共享', 3],
    ['共同', 0],
    ['第三', 0],
    ['共用第三方', 3],
    // overlapping words: 「三方」 begins inside 「第三」
    ['第三第三方', 2],
  ])('%s → %i', (text, bits) => expect(set.scan(text)).toBe(bits));
});

describe('TermIndex', () => {
  const terms = ['营销', '精准营销', '精准', 'sdk'];
  // the regex it replaces: an alternation, longest first, restarted one code unit after each match
  const byRegex = (text: string) => {
    const pattern = /精准营销|营销|精准|sdk/g;
    const out: string[] = [];
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      out.push(m[0]);
      pattern.lastIndex = m.index + 1;
    }
    return out;
  };
  // (the last: more terms than the index's first buffer holds)
  test.each(['精准营销', '用于营销和精准推送', 'sdk精准', '没有', '精准营销'.repeat(30)])('%s', (text) => {
    const { found, count } = new TermIndex(terms).scan(text);
    expect(Array.from(found.subarray(0, count), (k) => terms[k])).toEqual(byRegex(text));
  });
});

// A gate read from the word scan must open exactly where its regex matches.
describe('gate bits agree with the gates', () => {
  const gates = new GateBits(ZH_RULES, 1);
  const words = new WordSet(gates.groups);
  const sentences = Object.values(RULE_CASES).flatMap((c) => [...c.fire, ...c.silent]);
  test.each(ZH_RULES.filter((r) => r.gate).map((r) => [r.id, r] as const))('%s', (_, rule) => {
    for (const s of sentences) expect([s, gates.opens(rule, s, words.scan(s))]).toEqual([s, rule.gate!.test(s)]);
  });
});
