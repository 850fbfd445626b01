import { describe, expect, test } from 'vitest';
import { checklist } from '../../../src/engine/checklist';
import { CHECK_FIRST_BIT, zhWords } from '../../../src/engine/analyze';
import { fold } from '../../../src/engine/normalize';
import { segment } from '../../../src/engine/segment';
import type { Finding } from '../../../src/engine/types';
import { randomText } from './random-text';

/**
 * audit() searches the Chinese checklist patterns only around sentences that hold one of their anchor words. That
 * must find exactly what a search of the whole text finds: compared here on texts of the patterns' own words.
 */
const WORDS = [
  '撤回',
  '同意',
  '授权',
  '改变',
  '授权同意的范围',
  '关闭',
  '个性化',
  '个人化',
  '推荐',
  '请求停止',
  '搜集',
  '、',
  '处理或利用',
  '退订',
  '回复',
  ' ',
  'TD',
  '营销',
  '短信',
  '第三方',
  '名称',
  '有限公司',
  'Co., Ltd',
  '共享',
  '提供',
  '清单',
  'SDK',
  '目录',
  '单独同意',
  '不针对您的个人特征',
  '我们会',
  '您可以',
  '，',
  '。',
  '；',
  '\n',
  '一、',
];

// with a sharing finding, the sharing items are judged rather than left unclear
const SHARES = [{ polarity: 'shares', kind: 'disclosure' } as Finding];

function bothWays(text: string) {
  const folded = fold(text, 'zh-Hans');
  const sentences = segment(folded, false, text);
  const bits = Int32Array.from(sentences, (s) => zhWords(folded, s.start, s.end));
  const guided = checklist(folded, SHARES, [], 'zh-Hans', { sentences, bits, firstBit: CHECK_FIRST_BIT });
  const whole = checklist(folded, SHARES, [], 'zh-Hans');
  return { guided, whole };
}

describe('checklist search around anchor words', () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))('random text %i: same items and evidence', (seed) => {
    const { guided, whole } = bothWays(randomText(WORDS, seed, 60 + seed * 7));
    expect(guided).toEqual(whole);
  });

  test('an anchor cut in two by the 600-character cap of an unpunctuated run is still found', () => {
    // 598 characters without a comma, so the cap falls inside 有限公司
    const text = `${'数'.repeat(598)}有限公司与我们共享您的信息${'数'.repeat(200)}。`;
    const { guided, whole } = bothWays(text);
    expect(whole.find((c) => c.id === 'named-recipients')!.status).toBe('met');
    expect(guided).toEqual(whole);
  });

  // the patterns' gaps stop at 。；; but not at ！？ or line breaks, so a match can start a sentence before its anchor
  test.each([
    ['personalisation-opt-out', '您可以在设置中关闭！\n个性化推荐也会停止。'],
    ['marketing-opt-out', '如需拒绝！\n接收营销短信，请联系客服。'],
    ['withdraw-consent', '您可以撤回！\n之前给予的授权。'],
    ['sharing-list', '请查阅第三方！\n信息共享清单。'],
    ['named-recipients', '某某有限公司？\n会与我们共享订单。'],
  ])('%s: a match that starts in the sentence before its anchor word', (id, text) => {
    const { guided, whole } = bothWays(text);
    expect(whole.find((c) => c.id === id)!.status).toBe('met');
    expect(guided).toEqual(whole);
  });

  // Taiwan's PDPA right to have processing stopped, and 個人化 for 个性化, as Taiwan's policies say them
  test.each([
    ['withdraw-consent', '您可依個人資料保護法，向本公司請求停止蒐集、處理或利用您的個人資料。'],
    ['personalisation-opt-out', '您可以在廣告設定中選擇退出個人化廣告。'],
  ])('%s in Taiwan wording', (id, text) => {
    const folded = fold(text, 'zh-Hant');
    const sentences = segment(folded, false, text);
    const bits = Int32Array.from(sentences, (s) => zhWords(folded, s.start, s.end));
    const guided = checklist(folded, SHARES, [], 'zh-Hant', { sentences, bits, firstBit: CHECK_FIRST_BIT });
    expect(guided.find((c) => c.id === id)!.status).toBe('met');
    expect(guided).toEqual(checklist(folded, SHARES, [], 'zh-Hant'));
  });

  test('evidence is found across stretches in text order, three at most', () => {
    const text = Array.from({ length: 5 }, (_, i) => `第${i + 1}条，您可以随时撤回您的授权同意。`).join('\n');
    const { guided, whole } = bothWays(text);
    const withdraw = guided.find((c) => c.id === 'withdraw-consent')!;
    expect(withdraw.evidence).toHaveLength(3);
    expect(guided).toEqual(whole);
  });
});

// An American policy's way to withdraw is an opt-out from what it describes; one from arbitration, or from
// marketing mail (the marketing item's), is no withdrawal of the consent to process data.
describe('withdrawing consent in English', () => {
  const withdraw = (text: string) =>
    checklist(fold(text, 'en'), SHARES, [], 'en').find((c) => c.id === 'withdraw-consent')!.status;

  test.each([
    'To learn how these analytics tools work, or to opt out of them, visit the provider’s page.',
    'Read more about interest-based ads, including how to opt out.',
    'You can opt-out of this use of your browsing data in your account settings.',
  ])('met: %s', (text) => {
    expect(withdraw(text)).toBe('met');
  });

  test.each([
    'You may opt out of the agreement to arbitrate by mailing us a notice within 30 days.',
    'If you no longer want our newsletter, you can opt out at any time by changing your settings.',
    'You can opt out of our promotional emails by clicking the link at the bottom.',
  ])('not met: %s', (text) => {
    expect(withdraw(text)).not.toBe('met');
  });
});
