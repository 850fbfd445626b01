import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { compact } from '../../../src/engine/compact';

// written for this test: a short policy whose every sentence the rules read
const POLICY = [
  '隐私政策',
  '一 我们如何共享您的个人信息',
  '我们会与广告合作伙伴共享您的手机号码和设备信息，用于向您推送个性化广告。',
  '我们不会向第三方出售您的个人信息。',
  '未经您的同意，我们不会与其他公司共享您的位置信息。',
  '我们会委托短信服务商向您发送验证码。',
].join('\n');

// a space after every word, as word-segmented text is written
const segmented = (text: string) =>
  [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].map((s) => s.segment).join(' ');
const spaced = POLICY.split('\n')
  .map((line, i) => (i === 1 ? line : segmented(line)))
  .join('\n');

const answers = (text: string) =>
  audit(text).findings.map((f) => `${f.rule} ${f.polarity} ${f.recipients.join('+')} ${f.data.join('+')}`);

describe('Chinese is read the same with spaces between its words', () => {
  test('the same findings, score and verdict', () => {
    const plain = audit(POLICY);
    const report = audit(spaced);
    expect(spaced).not.toBe(POLICY);
    expect(answers(spaced)).toEqual(answers(POLICY));
    expect(report.score).toBe(plain.score);
    expect(report.verdict?.phone.answer).toBe('yes');
    expect(report.stats.chars).toBe(spaced.length);
  });

  test('spans, quotes and ids are told in the text as given', () => {
    const report = audit(spaced);
    expect(report.findings.length).toBeGreaterThan(2);
    const ids = new Set(report.findings.map((f) => f.id));
    for (const f of report.findings) {
      expect(f.quote).toBe(spaced.slice(f.span.start, f.span.end));
      expect(f.id.endsWith(`:${f.span.start}`)).toBe(true);
      for (const word of f.triggers) expect(f.quote).toContain(word);
    }
    const shared = report.findings.find((f) => f.data.includes('phone'))!;
    expect(shared.quote).toContain('广告 合作 伙伴');
    for (const part of report.breakdown) for (const id of part.findings) expect(ids.has(id)).toBe(true);
    for (const id of report.verdict!.phone.findings) expect(ids.has(id)).toBe(true);
  });

  test('a table’s column gap, a numeral’s marker and English keep their spaces', () => {
    expect(compact('短信服务  手机号码', '短信服务  手机号码')).toBeNull();
    expect(compact('一 信息收集', '一 信息收集')).toBeNull();
    expect(compact('We share data with partners.', 'we share data with partners.')).toBeNull();
    const gap = compact('合作 伙伴', '合作 伙伴')!;
    expect(gap.folded).toBe('合作伙伴');
    expect(gap.text.slice(1, 3)).toBe('作伙');
    expect([0, 1, 2, 3, 4].map(gap.at)).toEqual([0, 1, 3, 4, 5]);
  });
});

describe('English is read with one space where it has more', () => {
  test('double spaces between words change nothing but the offsets', () => {
    const plain = 'Privacy Policy\nWe may share your personal information with advertisers and analytics partners.';
    const spacedOut = plain.replace(/ /g, '  ');
    const a = audit(plain);
    const b = audit(spacedOut);
    expect(b.findings.map((f) => `${f.rule} ${f.polarity} ${f.recipients.join('+')}`)).toEqual(
      a.findings.map((f) => `${f.rule} ${f.polarity} ${f.recipients.join('+')}`),
    );
    expect(b.score).toBe(a.score);
    for (const f of b.findings) expect(f.quote).toBe(spacedOut.slice(f.span.start, f.span.end));
  });

  test('a policy spaced out is still a policy', () => {
    // longer than a snippet, and its policy words are two-word ones: 「personal  information」 must still count
    const sentence =
      'We  may  share  your  personal  information  with  third  parties  that  help  us  run  the  service.';
    const text = `How  we  handle  your  data\n${Array(5).fill(sentence).join('\n')}`;
    expect(text.length).toBeGreaterThan(400);
    expect(audit(text).status).toBe('analysed');
  });
});

describe('invisible characters inside words are read as if absent', () => {
  // a zero-width space between every character (as some pages insert against copying), and soft hyphens in English
  const hidden = POLICY.split('\n')
    .map((line) => line.split('').join('\u200b'))
    .join('\n');

  test('the same findings and score, told in the text as given', () => {
    const plain = audit(POLICY);
    const report = audit(hidden);
    expect(answers(hidden)).toEqual(answers(POLICY));
    expect(report.score).toBe(plain.score);
    for (const f of report.findings) expect(f.quote).toBe(hidden.slice(f.span.start, f.span.end));
  });

  test('soft hyphens, joiners and a stray BOM in English', () => {
    const english = 'Privacy Policy\nWe may sh\u00adare your phone num\u200cber with adver\ufefftising partners.';
    const report = audit(english);
    expect(report.findings.map((f) => `${f.polarity} ${f.recipients.join('+')}`)).toEqual([
      'shares advertisers+partners',
    ]);
    expect(report.findings[0]!.quote).toBe(english.split('\n')[1]);
  });

  test('the places of gaps and invisibles, merged in order', () => {
    const both = compact('合作 伙\u200b伴', '合作 伙\u200b伴')!;
    expect(both.folded).toBe('合作伙伴');
    expect([0, 1, 2, 3, 4].map(both.at)).toEqual([0, 1, 3, 5, 6]);
  });
});

test('a zero-width space between every character leaves the language as it was', () => {
  const line = '我们会将您的设备标识提供给VIVO渠道SDK，详见https://www.example.com/privacy。';
  expect(audit(line.split('').join('\u200b'), { assumePolicy: true }).lang).toBe(
    audit(line, { assumePolicy: true }).lang,
  );
});
