import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';

const shared = (text: string) => audit(text, { assumePolicy: true }).findings.find((f) => f.polarity === 'shares')!;

describe('a refusal beside a hand-over names what does not go out', () => {
  test('the number refused is not the number shared', () => {
    const f = shared('我们会与合作伙伴共享您的设备信息，但不会将您的手机号提供给任何第三方。');
    expect(f.data).toContain('device-id');
    expect(f.data).not.toContain('phone');
    expect(f.recipients).toEqual(['partners']);
  });

  test('a party refused is not a recipient', () => {
    expect(shared('我们可能与服务提供商共享您的信息，但不会向广告商出售您的个人信息。').recipients).toEqual([
      'processors',
    ]);
    expect(
      shared('We share your information with service providers, but we do not share it with advertisers.').recipients,
    ).toEqual(['processors']);
    expect(
      shared('We may share information as discussed below, but we won’t sell it to advertisers or other third parties.')
        .recipients,
    ).not.toContain('advertisers');
  });

  test('a refusal that is itself the hand-over keeps its words', () => {
    // 「…不会…，但以下情况除外」 shares through the refusal: its words are the finding's
    const f = shared('我们不会将您的手机号提供给第三方，但以下情况除外：');
    expect(f.data).toContain('phone');
  });

  test('from time to time is no refusal', () => {
    expect(shared('我们会不时要求您提供手机号码，并将其提供给电信运营商进行核验。').data).toContain('phone');
  });
});
