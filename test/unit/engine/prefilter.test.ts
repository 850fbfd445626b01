import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeSentence, enCandidate, zhPrefilters, zhWords } from '../../../src/engine/analyze';
import { SELL_VERBS, SHARE_VERBS, TO_VERBS } from '../../../src/engine/lexicon/en-verbs';
import { RECEIVER_WORDS } from '../../../src/engine/rules/zh-share';
import { audit } from '../../../src/engine';
import { fold } from '../../../src/engine/normalize';
import { Prefilter } from '../../../src/engine/prefilter';
import { RULE_CASES } from './rule-cases';

describe('Prefilter', () => {
  // an instance outside the registry: a test must not take one of the scan's 32 bits
  test('reads the bit when the scan ran, the text when it did not', () => {
    const p = Object.create(Prefilter.prototype) as Prefilter;
    Object.assign(p, { bit: 4, words: ['共享', '披露'] });
    expect(p.mayHold('与第三方共享', undefined)).toBe(true);
    expect(p.mayHold('收集信息', undefined)).toBe(false);
    expect(p.mayHold('收集信息', 4 | 1)).toBe(true);
    expect(p.mayHold('与第三方共享', 1)).toBe(false);
  });
});

// "before giving your address to a sponsor": the English stems once missed giving/gave, releasing, trading
describe('the English prefilter lets every form of every disclosure verb through', () => {
  const forms = [SHARE_VERBS, TO_VERBS, SELL_VERBS].flatMap((list) => list.split('|'));
  test.each(forms)('%s', (form) => expect(enCandidate(`we are not ${form} it`)).toBe(true));
});

// 「同步至体检中心」「转移给新的持有方」: a receiver zh-share names is no use if the sentence scan never passes it
describe('the sentence scan lets every receiver zh-share names through', () => {
  test.each(RECEIVER_WORDS)('同步至%s', (word) => {
    const report = audit(`我们会将您的手机号码同步至${word}。`, { assumePolicy: true });
    expect(report.findings.map((f) => f.polarity)).toContain('shares');
  });
});

/** Sentences read with the scan's prefilter bits come out as those read by testing each prefilter's words. */
const FIXTURES = join(__dirname, '../../fixtures/written');
const sentences = [
  ...Object.values(RULE_CASES).flatMap((c) => [...c.fire, ...c.silent]),
  ...readdirSync(FIXTURES)
    .filter((f) => f.startsWith('zh'))
    .flatMap((f) =>
      readFileSync(join(FIXTURES, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((row) => (JSON.parse(row) as { text: string }).text),
    ),
].filter((s) => /[\u4e00-\u9fff]/.test(s));

describe('analyzeSentence with the scan’s prefilter bits', () => {
  test(`${sentences.length} written sentences`, () => {
    let differ = 0;
    for (const text of sentences) {
      const s = fold(text, 'zh-Hans');
      const words = zhWords(s, 0, s.length);
      const scanned = analyzeSentence(s, 'zh-Hans', false, s, words, zhPrefilters());
      const tested = analyzeSentence(s, 'zh-Hans', false, s, words, undefined);
      if (JSON.stringify(scanned) !== JSON.stringify(tested)) differ++;
    }
    expect(differ).toBe(0);
  });
});
