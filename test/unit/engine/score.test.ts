import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';

const HEAD = '某某隐私政策\n本政策说明我们如何处理您的个人信息。\n';
const SHARING = [
  '我们会与关联公司共享您的设备信息。',
  '我们会向第三方支付机构提供您的订单信息。',
  '我们会与广告合作伙伴共享您的手机号码，用于营销推广。',
  '我们可能向合作伙伴提供您的位置信息。',
  '第三方SDK可能会收集您的设备标识符。',
  '我们会将您的联系方式提供给商家，以便其联系您。',
];

const scoreOf = (text: string) => audit(text).score!;

describe('score', () => {
  test('a short policy that refuses all sharing scores low', () => {
    const report = audit(
      `${HEAD}我们不会与任何第三方共享、转让或公开披露您的个人信息。\n我们绝不会出售您的个人信息。\n您可以随时撤回同意。`,
    );
    expect(report.level).toBe('low');
    expect(report.score).toBeLessThan(20);
  });

  test('sharing phone numbers with advertising partners scores high', () => {
    expect(['high', 'severe']).toContain(audit(`${HEAD}${SHARING[2]}\n${SHARING[5]}`).level);
  });

  test('is monotone: another sharing clause never lowers the score', () => {
    let text = HEAD;
    let previous = scoreOf(`${text}我们重视隐私。`);
    for (const clause of SHARING) {
      text += `${clause}\n`;
      const next = scoreOf(text);
      expect(next).toBeGreaterThanOrEqual(previous);
      previous = next;
    }
  });

  test('has diminishing returns: the tenth partner clause adds less than the first', () => {
    const clause = '我们可能向合作伙伴提供您的浏览记录。\n';
    const s0 = scoreOf(`${HEAD}我们重视隐私。`);
    const s1 = scoreOf(HEAD + clause);
    const s9 = scoreOf(HEAD + clause.repeat(9));
    const s10 = scoreOf(HEAD + clause.repeat(10));
    expect(s1 - s0).toBeGreaterThan(s10 - s9);
  });

  test('phone data weighs more than other data in the same clause', () => {
    expect(scoreOf(`${HEAD}我们会与合作伙伴共享您的手机号码。`)).toBeGreaterThan(
      scoreOf(`${HEAD}我们会与合作伙伴共享您的浏览记录。`),
    );
  });

  test('the breakdown adds up to the score (before clamping)', () => {
    const report = audit(HEAD + SHARING.join('\n'));
    const sum = report.breakdown.reduce((a, p) => a + p.points, 0);
    expect(report.score).toBe(Math.round(Math.min(100, Math.max(0, sum))));
  });

  // issue 16: the score means what the rubric's bands mean
  test('refusals and consent-only clauses never raise it', () => {
    const base = `${HEAD}我们会与关联公司共享您的设备信息。\n`;
    const refusal = '我们不会向任何第三方出售您的个人信息。\n';
    const consent = '未经您的单独同意，我们不会向广告合作伙伴提供您的手机号码。\n';
    expect(scoreOf(base + refusal)).toBeLessThanOrEqual(scoreOf(base));
    expect(scoreOf(base + consent)).toBeLessThanOrEqual(scoreOf(base));
  });

  test('a merger is not a sale, and weighs less than the number going to advertisers', () => {
    const merger = scoreOf(`${HEAD}如发生合并、收购或资产出售，您的个人信息可能会转移给受让方。`);
    const phoneToAds = scoreOf(`${HEAD}${SHARING[2]}`);
    expect(
      audit(`${HEAD}如发生合并、收购或资产出售，您的个人信息可能会转移给受让方。`).breakdown.map((p) => p.key),
    ).not.toContain('sale');
    expect(merger).toBeLessThan(phoneToAds);
  });

  test('processors and legal demands alone are low; the number to advertisers for marketing is severe', () => {
    const processors = audit(
      `${HEAD}我们会委托服务提供商代表我们处理您的订单信息。\n根据法律法规的要求，我们可能向司法机关披露您的个人信息。`,
    );
    expect(processors.level).toBe('low');
    const spam = audit(`${HEAD}${SHARING[2]}\n我们会与合作伙伴共享您的设备标识符，用于广告投放。`);
    expect(spam.level).toBe('severe');
  });

  const keys = (text: string) => audit(HEAD + text).breakdown.map((p) => p.key);

  test('a prize delivered at an event is not the number out for marketing', () => {
    expect(
      keys('我们与合作伙伴联合举办营销活动时，会向其提供中奖人的姓名和手机号码，以便其向您发放奖品。'),
    ).not.toContain('phone-for-marketing');
    expect(
      keys('在完成促销活动时，我们可能会向合作伙伴分享您的姓名、手机号码和其他与完成奖励有关的信息。'),
    ).not.toContain('phone-for-marketing');
    expect(keys(SHARING[2]!)).toContain('phone-for-marketing');
  });

  test("the stock 'we share with nobody, except…' line, legal demands and processors alone are low (rubric 'low')", () => {
    const report = audit(
      `${HEAD}我们不会与任何公司、组织和个人共享您的个人信息，但以下情形除外：\n（1）根据法律法规的要求，向司法机关提供；\n` +
        '（2）在获得您的明确同意后共享。\n我们会委托服务提供商代表我们处理您的订单信息。',
    );
    expect(report.breakdown.map((p) => p.key)).toEqual(['minor-sharing']);
    expect(report.level).toBe('low');
  });

  test("a map SDK's location for nearby content is personalisation, not identifiers to advertisers", () => {
    const map = '我们接入的高德地图SDK会收集您的设备标识符和位置信息，用于向您推荐附近的内容。';
    expect(keys(map)).not.toContain('ad-identifiers');
    expect(keys('我们接入的广告SDK会收集您的设备标识符和位置信息，用于广告投放。')).toContain('ad-identifiers');
  });

  test('a real-name check at a promotion is not identifiers to advertisers; identity to partners for marketing is', () => {
    expect(
      keys('当您参与平台上的促销活动时，我们需要向某某公司查询您的实名认证状态，用于核验您的参与资格。'),
    ).not.toContain('ad-identifiers');
    expect(keys('我们会向合作伙伴提供您的身份信息，用于营销推广。')).toContain('ad-identifiers');
  });

  test("an SDK table's row giving device identifiers to an ad party counts as identifiers to advertisers", () => {
    const table =
      '三、我们如何共享您的个人信息\n我们接入的第三方SDK如下：\n第三方名称：某某广告科技有限公司\n' +
      '收集的信息：设备标识信息（设备MAC地址、IMEI）,广告统计\n四、您的权利\n您可以访问您的个人信息。';
    expect(keys(table)).toEqual(expect.arrayContaining(['ads', 'ad-identifiers']));
  });

  test("an SDK table's row naming the data it takes is a third party receiving it, as a sentence saying so is", () => {
    // (the name on one line, what it takes on the next, as many directories print it)
    const table =
      '三、我们如何共享您的个人信息\n我们接入的第三方SDK如下：\n1. 某某推送SDK\n' +
      '需要获取设备标识符、位置信息，用于消息推送。\n四、您的权利\n您可以访问您的个人信息。';
    expect(keys(table)).toContain('third-parties');
    expect(keys('三、我们如何共享您的个人信息\n第三方名称：某某推送科技有限公司\n四、您的权利')).not.toContain(
      'third-parties',
    );
  });

  test("a list's item naming only who receives weighs as a row, not as identifiable data for marketing", () => {
    const list =
      '三、我们如何共享您的个人信息\n我们会与以下类型的合作伙伴共享信息：\n（1）广告推广合作伙伴。\n' +
      '（2）商品配送服务的供应商。\n四、您的权利\n您可以访问您的个人信息。';
    expect(keys(list)).toContain('ads');
    expect(keys(list)).not.toContain('marketing');
  });

  test('device identifiers to advertisers keep a policy high, a separate-consent promise notwithstanding', () => {
    const base =
      `${HEAD}我们会与关联公司共享您的设备信息。\n根据法律法规的要求，我们可能向司法机关披露您的个人信息。\n` +
      '详见《第三方SDK目录》。\n您可以在设置中关闭个性化推荐。\n向其他个人信息处理者提供您的个人信息前，我们会征得您的单独同意。\n';
    const ads = audit(`${base}我们会与广告合作伙伴共享您的设备标识符（IMEI、OAID），用于广告投放。`);
    const courier = audit(`${base}我们会将您的手机号码提供给第三方配送公司，以便为您送货。`);
    expect(ads.breakdown.map((p) => p.key)).toContain('separate-consent');
    expect(ads.level).toBe('high');
    expect(courier.level).toBe('medium');
  });

  // rubric "medium": ads only with de-identified data — said once for the networks, it holds for each clause on them
  test('ad networks the policy says gather nothing identifying weigh as de-identified ads', () => {
    const text =
      'Example News Privacy Policy\nThis policy explains how we handle your personal information.\n' +
      'Third-party ad networks place cookies on your browser to collect your device identifiers and browsing ' +
      'activity so that they can show you ads.\n';
    const anonymous = 'The information these ad networks collect does not include your name, email address or phone.\n';
    const keys = (t: string) => audit(t).breakdown.map((p) => p.key);
    expect(keys(text)).toContain('ad-identifiers');
    expect(keys(text + anonymous)).not.toContain('ad-identifiers');
    expect(keys(text + anonymous)).toContain('ads');
  });

  // rubric "high": broad sharing with unnamed partners — an ad vendor named elsewhere does not name those partners
  test('broad sharing with unnamed partners counts though the policy names its ad server', () => {
    const text =
      'Example News Privacy Policy\nWe may share your name, email address and browsing history with our partners.\n' +
      'We use DoubleClick as our third party ad server.\n';
    const report = audit(text);
    expect(report.checklist.find((c) => c.id === 'named-recipients')!.status).toBe('met');
    expect(report.breakdown.map((p) => p.key)).toContain('unnamed');
  });
});
