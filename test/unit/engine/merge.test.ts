import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { clauseKey, isClause, timesStated } from '../../../src/engine/merge';

/** Issue 16: one finding per distinct clause, before the score, the checklist or any view sees them. */

const POLICY = [
  '某某应用隐私政策',
  '一、我们如何共享您的个人信息',
  '我们会与广告合作伙伴共享您的手机号码，用于营销推广。',
  '我们可能向关联公司提供您的设备信息。',
  '我们不会向任何第三方出售您的个人信息。',
  '第三方SDK可能会收集您的设备标识符。',
  '您可以在设置中撤回同意。',
].join('\n');

describe('merging findings', () => {
  test('a policy repeated ten times scores and counts what it does once', () => {
    const once = audit(POLICY);
    const tenTimes = audit(Array.from({ length: 10 }, () => POLICY).join('\n'));
    expect(tenTimes.score).toBe(once.score);
    expect(tenTimes.level).toBe(once.level);
    expect(tenTimes.findings.map((f) => f.quote)).toEqual(once.findings.map((f) => f.quote));
    expect(tenTimes.stats.shares).toBe(once.stats.shares);
    expect(tenTimes.findings.every((f) => timesStated(f) === 10)).toBe(true);
  });

  test('no quote appears twice, and each copy is kept as a place the clause stands', () => {
    const clause = '我们会与广告合作伙伴共享您的手机号码，用于营销推广。';
    // the same words with other numbering and punctuation are the same clause
    const text = `隐私政策\n1. ${clause}\n我们重视您的隐私。\n（2）${clause.replace('，', ',')}\n`;
    const report = audit(text);
    const quotes = report.findings.map((f) => f.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
    const shared = report.findings.find((f) => f.quote.includes('广告合作伙伴'))!;
    expect(timesStated(shared)).toBe(2);
    expect(text.slice(shared.repeats![0]!.start, shared.repeats![0]!.end)).toContain('广告合作伙伴');
  });

  test('a near-identical copy (a word changed) is merged; a different clause is not', () => {
    const a = '为了向您提供更好的服务，我们可能会将您的设备信息和订单信息共享给我们的关联公司及授权合作伙伴。';
    const b = '为了向您提供更好的服务，我们可能会将您的设备信息和订单信息共享给我们的关联公司与授权合作伙伴。';
    const c = '为了完成支付，我们会将您的订单信息提供给第三方支付机构。';
    const report = audit(`隐私政策\n${a}\n${b}\n${c}`);
    expect(report.findings).toHaveLength(2);
    expect(report.findings.map(timesStated)).toEqual([2, 1]);
  });

  test('one sentence is one finding with one polarity, however many rules read it', () => {
    const report = audit(
      '隐私政策\n我们不会与第三方共享您的个人信息，但以下情况除外：获得您的同意后，与授权合作伙伴共享。',
    );
    const spans = report.findings.map((f) => `${f.span.start}:${f.span.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });

  test.each([
    ['https://example.com/privacy?hl=zh-CN', false],
    ['hl=zh-CN&id=12', false],
    ['**', false],
    ['[partners](https://example.com/partners)', false],
    ['Disclosure', false],
    ['我们会与合作伙伴共享您的信息。', true],
    ['We share your data with partners.', true],
  ])('isClause(%j) → %s', (quote, expected) => {
    expect(isClause(quote)).toBe(expected);
  });

  test('clauseKey ignores numbering, spacing, punctuation and case', () => {
    expect(clauseKey('（3）We Share, data.')).toBe(clauseKey('we share data'));
    expect(clauseKey('一、共享')).toBe(clauseKey('共享。'));
    expect(clauseKey('共享给甲')).not.toBe(clauseKey('共享给乙'));
  });
});
