/**
 * Evidence exports and the complaint draft (issue #6): page text stays text (a quote saying <script> is
 * escaped, the HTML carries no script and a CSP forbidding one), and the draft states the entry's facts.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { complaintDraft } from '../../src/ledger/complaint';
import { escapeHtml, reportHtml } from '../../src/ledger/export-html';
import { reportMarkdown } from '../../src/ledger/export-md';
import { clause, entry, policy } from '../fixtures/ledger';

const evil = clause({
  quote: '我们会与<script>alert(1)</script>合作伙伴共享您的手机号码 & "联系方式" <img src=x onerror=alert(2)>',
  phone: true,
  marketing: true,
});
const e = entry({
  site: 'https://evil.example',
  pageUrl: 'https://evil.example/reg?a=<b>',
  date: '2025-03-01T08:00:00.000Z',
  policy: policy({ title: '</title><script>x()</script>', findings: [evil], sha256: 'd'.repeat(64) }),
});
const now = new Date('2025-04-01T00:00:00Z');

describe('HTML report', () => {
  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  test.each(['zh-CN', 'zh-TW', 'en'] as const)('%s: quotes are text, no script can run', (lang) => {
    const html = reportHtml([e], lang, now);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
    expect(doc.querySelector('blockquote')?.textContent).toBe(evil.quote);
    expect(doc.title).not.toContain('x()');
    expect(doc.querySelector('meta[http-equiv=Content-Security-Policy]')?.getAttribute('content')).toContain(
      "default-src 'none'",
    );
    expect(doc.body.textContent).toContain('d'.repeat(64));
    expect(doc.body.textContent).toContain('138****5678');
    expect(doc.body.textContent).toContain('https://evil.example/reg?a=<b>');
  });

  test('an entry without a policy says so', () => {
    const html = reportHtml([entry({ policy: null, policyMissing: 'no-policy' })], 'en', now);
    expect(new JSDOM(html).window.document.body.textContent).toContain('could not be read');
  });
});

describe('Markdown report', () => {
  test('quotes as block quotes, markup escaped', () => {
    const md = reportMarkdown([e], 'zh-CN', now);
    expect(md).toContain('> 我们会与\\<script\\>alert\\(1\\)\\</script\\>');
    expect(md).not.toMatch(/<script>/);
    expect(md).toContain('`' + 'd'.repeat(64) + '`');
    expect(md).toContain('138\\*\\*\\*\\*5678');
  });
});

describe('complaint draft', () => {
  const incident = { category: 'loan' as const, firstCall: '2025-03-20', text: '自称某某金融' };
  test('Chinese: party, time, masked number, quote, category, first call, the user’s words, nothing sent', () => {
    const draft = complaintDraft(e, [evil], incident, 'zh-CN');
    for (const fact of ['12321', '工业和信息化部', 'https://evil.example', '138****5678', '2025', evil.quote]) {
      expect(draft).toContain(fact);
    }
    expect(draft).toContain('2025-03-20');
    expect(draft).toContain('贷款理财');
    expect(draft).toContain('自称某某金融');
    expect(draft).toContain('第二十三条');
    expect(draft).toContain('不会向任何地方发送');
  });

  test('zh-TW gets the Simplified draft (the channels are mainland ones); en gets English', () => {
    expect(complaintDraft(e, [evil], incident, 'zh-TW')).toBe(complaintDraft(e, [evil], incident, 'zh-CN'));
    const en = complaintDraft(e, [evil], { ...incident, category: 'other', text: 'crypto scheme' }, 'en');
    expect(en).toContain('about crypto scheme');
    expect(en).toContain('PIPL');
    expect(en).toContain('sends nothing');
  });
});

describe('complaint draft from a policy that refused to share', () => {
  test('quotes the promise instead of sharing clauses', () => {
    const promised = entry({ policy: policy({ findings: [], refusals: ['我们不会向任何第三方提供您的手机号码。'] }) });
    const draft = complaintDraft(promised, [], { category: 'stocks', firstCall: '2025-05-01', text: '' }, 'zh-CN');
    expect(draft).toContain('承诺');
    expect(draft).toContain('「我们不会向任何第三方提供您的手机号码。」');
    expect(draft).toContain('股票');
  });
});
