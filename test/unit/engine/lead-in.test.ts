import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';

/** A lead-in that gates its list on the user's consent gates each hand-over listed under it (issue 16). */
const policy = (lead: string) =>
  [
    '隐私政策',
    '一、我们如何收集信息',
    '注册时我们会收集您的手机号码。',
    '二、我们如何共享您的信息',
    lead,
    '1. 为寄送奖品，我们会向物流服务商提供您的姓名和手机号码；',
    '2. 为完成实名验证，我们会向通信运营商提供您的联系信息。',
    '三、我们如何转让您的信息',
    '如发生合并，我们会将您的个人信息转让给继受方。',
  ].join('\n');

describe('consent lead-ins', () => {
  test.each([
    // items under a consent-gated lead-in are consent-gated, and so is the phone number
    ['在以下情形中，我们会事先征得您对共享个人信息的单独同意：', 'consent', 'consent'],
    // a lead-in that shares without consent leaves its items as they read
    ['在以下情形中，我们会共享您的个人信息：', 'shares', 'yes'],
  ])('「%s」: items %s, phone_out %s', (lead, polarity, phone) => {
    const report = audit(policy(lead));
    const items = report.findings.filter((f) => /物流服务商|通信运营商/.test(f.quote));
    expect(items.length).toBe(2);
    for (const f of items) expect(f.polarity).toBe(polarity);
    expect(report.verdict?.phone.answer).toBe(phone);
    // the list ends at the next heading: the merger clause after it is not gated
    expect(report.findings.find((f) => f.quote.includes('继受方'))?.polarity).toBe('shares');
  });
});
