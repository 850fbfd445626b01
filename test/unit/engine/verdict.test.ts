import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';

/** Issue 16: "your phone number", marketing and sale answered from the whole policy, each with its clause. */

const HEAD = '某某应用隐私政策\n本政策说明我们如何处理您的个人信息。\n';
const verdictOf = (text: string) => audit(HEAD + text).verdict!;
const quotesOf = (text: string, key: 'phone' | 'marketing' | 'sale') => {
  const report = audit(HEAD + text);
  return report.verdict![key].findings.map((id) => report.findings.find((f) => f.id === id)!.quote);
};

describe('your phone number', () => {
  test.each([
    [
      'an order the policy says holds the number, given to merchants',
      '下单时，您需要提供收货人姓名、收货地址和收货人手机号码。\n我们会将您的订单信息共享给商家，以便其为您发货。',
      '订单信息共享给商家',
    ],
    [
      "a carrier's one-click login",
      '为实现一键登录，我们会向中国移动等运营商提供您的设备信息以完成本机号码认证。',
      '运营商',
    ],
    ['an SMS vendor', '我们会将必要信息提供给短信服务商，用于向您发送验证码。', '短信服务商'],
    [
      'an event: "the above information" after collecting the number',
      '当您参加我们的推广活动时，我们会收集您的姓名和手机号码。\n活动由我们与合作伙伴共同举办时，我们会向合作伙伴提供上述信息。',
      '上述信息',
    ],
  ])('%s → yes, with the clause', (_, text, words) => {
    expect(verdictOf(text).phone.answer).toBe('yes');
    expect(quotesOf(text, 'phone').some((q) => q.includes(words))).toBe(true);
  });

  test('order information goes out, but the policy never puts the number in it → not said', () => {
    expect(verdictOf('我们会将您的订单信息共享给商家，以便其为您发货。').phone).toEqual({ answer: 'no', findings: [] });
  });

  test.each([
    [
      "an ad SDK reading the carrier's name from the device",
      '我们使用的广告SDK会收集您的设备型号、运营商信息，用于广告投放。',
    ],
    [
      'a provider that sends e-mails and pushes',
      '我们可能与通讯服务提供商共享您的个人信息，以便其代表我们发送电子邮件或推送通知。',
    ],
    [
      'a captcha SDK used before a text code is sent',
      '我们接入的行为验证SDK会收集您的设备信息，用于在发送短信验证码前进行人机校验。',
    ],
    [
      '「该等信息」 pointing at the device data the clause itself names',
      '注册时我们会收集您的电话号码。\n我们会使用第三方SDK采集您的设备信息，并将该等信息提供给广告合作伙伴用于广告投放。',
    ],
  ])('%s does not receive the number → not said', (_, text) => {
    expect(verdictOf(text).phone.answer).toBe('no');
  });

  test('only with your consent → consent', () => {
    expect(verdictOf('未经您的同意，我们不会向第三方提供您的手机号码。').phone.answer).toBe('consent');
  });

  test('a refusal never carries the number out', () => {
    expect(verdictOf('我们不会向任何第三方提供您的手机号码。').phone.answer).toBe('no');
  });

  // (Taiwan's and Hong Kong's 我們/向我們提供 read as the Simplified do)
  test.each([
    [
      'Simplified',
      '三、我们如何共享您的个人信息\n1、参加活动：当您报名参加我们举办的线下活动时，您需要向我们提供姓名和手机号码。\n' +
        '四、您的权利\n您可以访问您的个人信息。',
      ['您需要向我们提供', '我们会向主办方提供您的'],
    ],
    [
      'Traditional',
      '四、我們如何分享您的個人資料\n若您參與我們的活動，您可能會向我們提供您的姓名、手機號碼和地址。\n' +
        '我們會與關係企業分享您的帳號資訊。',
      ['您可能會向我們提供', '我們會向主辦單位提供'],
    ],
  ] as const)(
    '%s: an item under the sharing heading that asks you for the number is collection → not said',
    (_, text, [asks, gives]) => {
      expect(verdictOf(text).phone).toEqual({ answer: 'no', findings: [] });
      expect(verdictOf(text.replace(asks, gives)).phone.answer).toBe('yes');
    },
  );

  test('「上述行为」 points back to an act, not to the number collected before it', () => {
    const text =
      '注册时，我们会收集您的手机号码。\n' +
      '除本政策所述情形外，我们不会向第三方提供您的个人信息；如需向第三方提供，我们会就上述行为另行征得您的同意。';
    expect(verdictOf(text).phone.answer).toBe('no');
    expect(verdictOf(text.replace('上述行为', '上述信息')).phone.answer).toBe('consent');
  });
});

describe('your phone number, in English', () => {
  const HEAD_EN = 'Example Shop Privacy Policy\nThis policy explains how we handle your personal information.\n';
  // rubric item 7: "a term the policy itself defines as containing them"
  test('a term the policy defines as holding the number carries it out; the score weighs only what clauses name', () => {
    const defined =
      'Registration information means your name, postal address and telephone number.\n' +
      'We may share your registration information with our sponsors so that they can send you offers.\n';
    const report = audit(HEAD_EN + defined);
    expect(report.verdict!.phone.answer).toBe('yes');
    expect(report.breakdown.map((p) => p.key)).not.toContain('phone-shared');
    const plain = audit(
      HEAD_EN + 'We may share your registration information with our sponsors so that they can send you offers.\n',
    );
    expect(plain.verdict!.phone.answer).toBe('no');
  });

  // the term as policies spell it, hyphenated too, and billing details
  test.each([
    [
      'We collect personally-identifiable information, such as your name and telephone number, when you register.',
      'personally-identifiable information',
    ],
    ['Billing information includes your name, billing address and phone number.', 'billing information'],
  ])('defined: %s', (definition, term) => {
    const report = audit(
      `${HEAD_EN}${definition}\nWe may share your ${term} with our sponsors so that they can send you offers.\n`,
    );
    expect(report.verdict!.phone.answer).toBe('yes');
  });
});

describe('marketing', () => {
  test("a third party's cookies, the next sentence saying they measure ads → yes, with the clause", () => {
    const text =
      '我们的产品和服务上可能会有我们的第三方合作方放置的cookies和同类技术。\n' +
      '这些cookies和同类技术可能会收集与您相关的信息，用于评估广告服务的效果。';
    expect(verdictOf(text).marketing.answer).toBe('yes');
    expect(quotesOf(text, 'marketing').some((q) => q.includes('第三方合作方'))).toBe(true);
  });
});

describe('sale', () => {
  test('a merger or an asset transfer is not a sale', () => {
    const text = '如发生合并、收购或资产出售，您的个人信息可能会作为交易的一部分被转移给受让方。';
    expect(verdictOf(text).sale.answer).toBe('no');
  });

  test('a merchant that sells goods is not selling data', () => {
    expect(verdictOf('我们会将您的收货信息同步至商品出售方以完成交付。').sale.answer).toBe('no');
  });

  test.each([
    ['a refusal with an exception', '除非本政策另有说明，我们不会将您的个人信息提供、出售、交换或出租给任何第三方。'],
    ['a company sale (zh-Hant)', '如果發生實際或潛在的出售或其他公司交易，我們可能向投資者提供您的個人資料。'],
  ])('%s is not a sale', (_, text) => {
    expect(verdictOf(text).sale.answer).toBe('no');
  });

  test.each([
    [
      'a business sold (en)',
      'If a division of our business is sold, we may pass our list of subscribers to the buyer as part of that deal.',
    ],
    [
      'a refusal to sell with an exception (en)',
      'Your details are not passed to, rented or sold to any outside company, with the exception of the carriers that deliver your order.',
    ],
  ])('%s is not a sale', (_, text) => {
    const head = 'Example App Privacy Policy\nThis policy explains how we handle your personal information.\n';
    expect(audit(head + text).verdict!.sale.answer).toBe('no');
  });

  test('selling personal information is', () => {
    expect(verdictOf('我们可能会将您的个人信息出售给合作伙伴。').sale.answer).toBe('yes');
  });

  // a marketplace's users bid, buy and sell: that is data about their trades, not the operator selling data
  test('in English: "bidding, buying, or selling information" is no sale; selling it to brokers is', () => {
    const en = (text: string) =>
      audit(`Privacy Notice\nThis notice explains how we handle your data.\n${text}`).verdict!;
    expect(en('We collect bidding, buying, or selling information you provide during a transaction.').sale.answer).toBe(
      'no',
    );
    expect(en('We may sell your personal information to data brokers.').sale.answer).toBe('yes');
    const refusal = audit('We do not buy or sell your personal information.', { assumePolicy: true });
    expect(refusal.findings.map((f) => [f.rule, f.polarity])).toEqual([['en-sell', 'denies']]);
  });
});
