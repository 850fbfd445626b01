import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import type { ChecklistId, ChecklistStatus } from '../../../src/engine/types';

/** The checklist judged as ../shared/corpus/POLICY-RUBRIC.md items 1–6 ask (issue 16). */

const HEAD = '某某应用隐私政策\n本政策说明我们如何处理您的个人信息。\n';
const statusOf = (text: string, id: ChecklistId): ChecklistStatus =>
  audit(HEAD + text).checklist.find((c) => c.id === id)!.status;

describe('checklist', () => {
  test('a policy that shares with nobody: the sharing items do not apply, rather than fail', () => {
    const text = '我们不会与任何公司、组织和个人共享您的个人信息。\n您可以在设置中撤回同意。';
    for (const id of ['named-recipients', 'sharing-list', 'separate-consent'] as const)
      expect(statusOf(text, id)).toBe('not-applicable');
    // it says nothing about personalisation or ads: nothing to switch off
    expect(statusOf(text, 'personalisation-opt-out')).toBe('not-applicable');
    expect(statusOf(text, 'withdraw-consent')).toBe('met');
  });

  // English policies name the switches in their own words (and the ad industry's: Limit Ad Tracking, AdChoices)
  test.each([
    ['personalisation-opt-out', 'We show interest-based ads. If you enable Limit Ad Tracking on your device, we stop.'],
    [
      'personalisation-opt-out',
      'We personalise ads; you can opt out of receiving personalized advertisements at any time.',
    ],
    [
      'marketing-opt-out',
      "If you don't want to be on our mailing list, you can opt out anytime by updating your preferences.",
    ],
    ['marketing-opt-out', 'You may opt out of receiving marketing emails from us.'],
    ['withdraw-consent', 'You can unlink your Facebook account in your settings at any time.'],
    // American policies withdraw by opting out of the sharing, and stop mail by opting out of it
    ['withdraw-consent', 'To opt out of our sharing of your details with partners, write to our privacy desk.'],
    ['withdraw-consent', 'You may request that we not share your contact details with other companies.'],
    ['marketing-opt-out', 'Every newsletter we send lets you opt out of any further messages from us.'],
    [
      'personalisation-opt-out',
      'If you do not want ad networks to use this data, you can opt out on the industry opt-out page.',
    ],
    [
      'personalisation-opt-out',
      'Our ad partners belong to the Network Advertising Initiative, whose page explains your choices.',
    ],
    ['marketing-opt-out', 'If you no longer wish to receive our promotional mailings, call our help line.'],
    // (and the mailing's own settings or a request: "adjust your preferences", "request no future notices")
    ['marketing-opt-out', 'If you do not want to receive offers from us, adjust your settings on the account page.'],
    ['marketing-opt-out', 'You can change your communication preferences at any time.'],
    ['marketing-opt-out', 'Each mailing gives an address at which you may request no further mailings.'],
    ['sharing-list', 'We share data with service providers. See our list of sub-processors for details.'],
  ] as const)('in English, %s: %s', (id, text) => {
    const status = audit(`Privacy Policy\nWe share your data with our advertising partners.\n${text}`).checklist.find(
      (c) => c.id === id,
    )!.status;
    expect(status).toBe('met');
  });

  // "recipients named" for an English policy that says `head`, then `text`
  const namedEn = (head: string, text: string) =>
    audit(`Privacy Policy\n${head}\n${text}`).checklist.find((c) => c.id === 'named-recipients')!.status;

  // a brand's name is a word of its own: OPPO is not in "opportunity", Adjust (the SDK) is not the verb
  test('in English, a brand names a recipient as a word, not inside another word', () => {
    const named = (text: string) => namedEn('This policy explains how we handle your data.', text);
    expect(named('We share your data with partners when a business opportunity arises.')).toBe('missing');
    expect(named('We share your data with partners, who may adjust their offers to you.')).toBe('missing');
    expect(named('We share your device identifiers with Google for analytics.')).toBe('met');
  });

  // an ad server or analytics service the site uses, named as American policies name them
  test('in English, the ad server a site uses is a named recipient', () => {
    const named = (text: string) => namedEn('We share your personal information with advertising partners.', text);
    expect(named('DoubleClick is our primary third party ad server.')).toBe('met');
    expect(named('Our newsletter reaches readers in many countries.')).toBe('missing');
  });

  // an English policy names its operator all through it: "Microsoft shares…" ten times names no outside party
  test('in English, the brand a policy names throughout is its operator, not a recipient', () => {
    const own = Array.from(
      { length: 10 },
      (_, i) => `Microsoft may share your personal information with its processors (${i + 1}).`,
    );
    const report = audit(`Privacy Statement\n${own.join('\n')}\n`);
    expect(report.checklist.find((c) => c.id === 'named-recipients')!.status).not.toBe('met');
  });

  // Taiwan's 個人化 is the mainland's 个性化: personal ads can be switched off, and a policy that shows them owes a way
  test('in Taiwan wording, 個人化 is personalisation', () => {
    const TW_HEAD = '某某應用隱私權政策\n本政策說明我們如何蒐集、處理及利用您的個人資料。\n';
    const twStatus = (text: string) =>
      audit(TW_HEAD + text).checklist.find((c) => c.id === 'personalisation-opt-out')!.status;
    expect(twStatus('我們會向您顯示個人化廣告，您可以在設定中關閉個人化功能。')).toBe('met');
    expect(twStatus('我們會向您顯示個人化內容。')).toBe('missing');
  });

  test.each([
    ['named-recipients', '我们会向北京某某科技有限公司提供您的设备信息，用于消息推送。', 'met'],
    ['named-recipients', '我们会向合作伙伴提供您的设备信息。', 'missing'],
    // an SDK vendor named by its brand, as policies name them
    ['named-recipients', '为实现一键登录，我们接入了闪验SDK，其会获取您的本机号码。', 'met'],
    // an SDK the app integrates, named by brand, in a sentence that names no data (no hand-over of its own)
    ['named-recipients', '我们会向合作伙伴提供您的设备信息。\n本应用集成了个推推送服务，用于向您推送消息。', 'met'],
    ['named-recipients', '我们会向合作伙伴提供您的设备信息。\n本应用提供消息推送服务。', 'missing'],
    // the rubric names a company, an SDK of another company or a named system — not "the recipient's name"
    ['named-recipients', '我们会向合作伙伴提供您的设备信息，并告知您接收方的名称。', 'missing'],
    ['named-recipients', '我们会将您的姓名和身份证号提供给国家统一身份认证系统进行核验。', 'met'],
    ['sharing-list', '我们会向合作伙伴提供您的设备信息，详见《第三方SDK目录》。', 'met'],
    ['sharing-list', '我们会向合作伙伴提供您的设备信息，您可以点击链接查看我们接入第三方SDK的情况。', 'met'],
    [
      'sharing-list',
      '我们会使用第三方SDK提供服务：\n1）某某地图SDK：获取您的位置信息。\n2）某某推送SDK：获取您的设备标识符。\n3）某某分享SDK：获取您的设备信息。',
      'met',
    ],
    [
      'marketing-opt-out',
      '我们会与广告合作伙伴共享去标识化的设备信息。\n如您拒绝个性化广告，可以在设置中关闭个性化广告推荐。',
      'missing',
    ],
    ['sharing-list', '我们会向合作伙伴提供您的设备信息，具体见《第三方服务商说明》。', 'met'],
    [
      'separate-consent',
      '我们会向合作伙伴提供您的设备信息。\n向其他个人信息处理者提供您的个人信息前，我们会征得您的单独同意。',
      'met',
    ],
    // separate consent for one scenario only (going abroad) is not a commitment for sharing in general
    [
      'separate-consent',
      '我们会向合作伙伴提供您的设备信息。\n向境外提供您的个人信息前，我们会取得您的单独同意。',
      'missing',
    ],
    // the stock line's first exception (rubric clarification): explicit consent lets sharing happen, commits to nothing
    [
      'separate-consent',
      '我们会向合作伙伴提供您的设备信息。\n在获得您的明确同意后，我们会与其他方共享您的个人信息。',
      'missing',
    ],
    [
      'separate-consent',
      '我们会向合作伙伴提供您的设备信息。\n在获得您的单独同意后，我们会与其他方共享您的个人信息。',
      'met',
    ],
    // consent for one transfer, or for the data of one feature (「上述信息」), is not a commitment in general
    [
      'separate-consent',
      '我们会向合作伙伴提供您的设备信息。\n在获得您的明确同意后，我们会向其他方转让您的个人信息。',
      'missing',
    ],
    [
      'separate-consent',
      '使用扫码功能时我们会读取相册。\n除非征得您的单独同意，我们不会向第三方提供上述信息。\n我们会向合作伙伴提供您的设备信息。',
      'missing',
    ],
    // separate consent for what the user gives the operator is consent to collection, not to sharing
    [
      'separate-consent',
      '我们会向合作伙伴提供您的设备信息。\n使用到家服务时，我们会请求您单独同意向我们提供您的门牌号。',
      'missing',
    ],
    [
      'personalisation-opt-out',
      '我们会为您提供个性化推荐。如果您不使用个性化推荐功能，可以在“我的-设置-推荐设置”中进行关闭。',
      'met',
    ],
    // turning a permission off is a usable way to withdraw (rubric item 4)
    ['withdraw-consent', '如您希望停止分享位置信息，可在手机设置中关闭定位权限。', 'met'],
    ['withdraw-consent', '我们会收集您的位置信息，用于推荐附近的门店。', 'missing'],
    // a settings page where the targeted-push authorisation is managed says where (rubric item 5)
    [
      'personalisation-opt-out',
      '我们会向您推送您可能感兴趣的内容。您可以在“消息设置”中管理账户通知、活动通知、定向推送授权。',
      'met',
    ],
    ['marketing-opt-out', '我们会向您发送营销短信，您可以按照提示在设备上选择取消订阅。', 'met'],
    ['marketing-opt-out', '我们会向您发送营销短信。', 'missing'],
  ] as const)('%s: %s → %s', (id, text, expected) => {
    expect(statusOf(text, id)).toBe(expected);
  });

  test("the operator's own brand, named in the title, is not an outside recipient", () => {
    const text = '我们会与微博的关联方共享您的设备信息。';
    expect(audit(`微博隐私政策\n本政策说明我们如何处理您的个人信息。\n${text}`).checklist[0]!.status).toBe('missing');
    expect(statusOf(text, 'named-recipients')).toBe('met');
  });

  test('no item is left unclear', () => {
    const text = '我们可能使用第三方SDK。我们会征得您的同意。个性化内容。营销信息。';
    expect(audit(HEAD + text).checklist.map((c) => c.status)).not.toContain('unclear');
  });
});
