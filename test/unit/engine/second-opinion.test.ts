import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { sentenceFeatures, type RuleVerdict } from '../../../src/engine/model/features';
import {
  MODEL_RULE,
  MODEL_RULE_EN,
  RESCUE_RULE,
  reconsider,
  scores,
  scoresEn,
} from '../../../src/engine/model/second-opinion';
import weights from '../../../src/engine/model/weights-zh.json';
import { fold } from '../../../src/engine/normalize';
import { randomText } from './random-text';

/** The learned second opinion (issue 14): small, deterministic, and reading exactly the features it was fitted on. */

// The reference reading: sentenceFeatures() looked up one by one, as scripts/train-model.py fits them.
function referenceScores(folded: string, verdict: RuleVerdict, rules: string[]): number[] {
  const z = [...weights.bias];
  const table = weights.weights as Record<string, number[]>;
  for (const feature of new Set(sentenceFeatures(folded, false, verdict, rules))) {
    const w = table[feature];
    if (w) w.forEach((x, k) => (z[k]! += x / weights.scale));
  }
  return z;
}

const SENTENCES = [
  '我们会与关联公司共享您的手机号码，用于营销推广。',
  '未经您的单独同意，我们不会向第三方提供您的个人信息。',
  '我们不会向任何第三方出售您的个人信息。',
  '为完成配送，我们会把订单中的收货人电话 138 0000 1234 提供给物流公司。',
  '我們會將您的聯絡電話提供予協力廠商。',
  '本政策自2024年1月1日起生效。',
];

describe('second opinion', () => {
  test.each(SENTENCES)('reads 「%s」 with the n-grams it was fitted on', (text) => {
    const folded = fold(text, 'zh-Hans');
    for (const [verdict, rules] of [
      ['none', []],
      ['shares', ['zh-share/shares']],
      ['consent', ['zh-share/consent', 'zh-share/denies']],
    ] as Array<[RuleVerdict, string[]]>) {
      const fast = scores(folded, verdict, rules);
      referenceScores(folded, verdict, rules).forEach((x, k) => expect(fast[k]).toBeCloseTo(x, 9));
    }
  });

  test('random texts score alike by both readings', () => {
    const pieces = [...SENTENCES, '，', '1 2', '  ', '第三方', 'sdk', '0'];
    for (let seed = 1; seed <= 40; seed++) {
      const text = randomText(pieces, seed, 300);
      const folded = fold(text, 'zh-Hans');
      const fast = scores(folded, 'shares', ['zh-share/shares']);
      referenceScores(folded, 'shares', ['zh-share/shares']).forEach((x, k) => expect(fast[k]).toBeCloseTo(x, 9));
    }
  });

  test('both models ship as data no larger than 300 KB together', () => {
    const size = (name: string) => statSync(new URL(`../../../src/engine/model/${name}`, import.meta.url)).size;
    expect(size('weights-zh.json') + size('weights-en.json')).toBeLessThan(300_000);
  });

  test('leaves a sentence no rule read alone', () => {
    expect(reconsider('本政策自2024年1月1日起生效。', [])).toEqual([]);
  });

  // a hand-over no rule reads: the third party's collection is the cookies', the operator's 「和」 beside it
  const missed = '我们和第三方合作伙伴可能通过Cookie或同类技术收集和使用您的信息。';

  test('reads a candidate sentence no rule fired on, as a finding of its own', () => {
    expect(audit(missed, { assumePolicy: true, secondOpinion: false }).findings).toEqual([]);
    const [finding, ...rest] = audit(missed, { assumePolicy: true }).findings;
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ rule: RESCUE_RULE.id, polarity: 'shares', kind: 'disclosure', severity: 'low' });
    expect(finding!.why.en).toContain('model');
    expect(reconsider(fold(missed, 'zh-Hans'), [], false)).toEqual([]);
  });

  test('reads none in a chapter about something else, and weighs in no part of the score of its own', () => {
    const rescued = (chapter: string) =>
      audit([chapter, missed, '（二）其他', '本政策自2024年1月1日起生效。'].join('\n'))
        .findings.filter((f) => f.rule === RESCUE_RULE.id)
        .map((f) => f.quote);
    expect(rescued('一、我们如何收集和使用您的个人信息')).toEqual([]);
    expect(rescued('三、我们如何共享您的个人信息')).toEqual([missed]);
    const report = audit(['三、我们如何共享您的个人信息', missed].join('\n'));
    const ids = new Set(report.findings.filter((f) => f.rule === RESCUE_RULE.id).map((f) => f.id));
    expect(ids.size).toBe(1);
    expect(report.breakdown.filter((part) => part.findings.some((id) => ids.has(id)))).toEqual([]);
  });

  test("a rescued clause pointing back at a phone number is told with it, in the rescue's own words", () => {
    const [finding] = audit(['我们会收集您的手机号码。', missed.replace('您的信息', '上述信息')].join(''), {
      assumePolicy: true,
    }).findings;
    expect(finding).toMatchObject({ rule: RESCUE_RULE.id, carried: ['phone'], severity: 'high' });
    expect(finding!.why.en).toContain('model');
    expect(finding!.why.en).toContain('phone number');
  });

  test('an added finding names the model, never a rule, and an audit is deterministic', () => {
    const report = audit(SENTENCES.join('\n'), { assumePolicy: true });
    for (const f of report.findings.filter((f) => f.rule === MODEL_RULE.id)) {
      expect(f.kind).toBe('disclosure');
      expect(f.why.en.length).toBeGreaterThan(0);
    }
    expect(audit(SENTENCES.join('\n'), { assumePolicy: true })).toEqual(report);
  });
});

describe('second opinion on English paragraphs', () => {
  const paragraph = (...sentences: string[]) => sentences.join(' ');

  test('a lone sentence is left to the rules', () => {
    const text = 'We share your email address with our advertising partners.';
    expect(audit(text, { assumePolicy: true })).toEqual(audit(text, { assumePolicy: true, secondOpinion: false }));
  });

  test('in a policy, a one-sentence paragraph is read by the model; the same sentence alone is not', () => {
    const clause = 'Third party advertisers and ad networks serve ads on our site.';
    const policy = [
      'Privacy at Example Shop',
      'We collect your name and email address when you register an account with us.',
      clause,
      'We keep your order records for seven years to meet our tax duties.',
      'You can close your account at any time from the settings page.',
    ].join('\n');
    const rules = (text: string, o: { secondOpinion?: boolean }) =>
      audit(text, { assumePolicy: true, ...o }).findings.map((f) => f.rule);
    expect(rules(policy, { secondOpinion: false })).toEqual([]);
    expect(rules(policy, {})).toEqual([MODEL_RULE_EN.id]);
    expect(rules(clause, {})).toEqual([]);
  });

  test('refusals and consent-only clauses are never dropped', () => {
    const text = paragraph(
      'We respect your privacy.',
      'We will not share your personal information with third parties without your consent.',
      'We do not sell your personal information.',
    );
    const kept = (o: { secondOpinion?: boolean }) =>
      audit(text, { assumePolicy: true, ...o })
        .findings.filter((f) => f.polarity !== 'shares')
        .map((f) => f.id);
    expect(kept({})).toEqual(kept({ secondOpinion: false }));
  });

  test('reads a paragraph the same twice, and its scores have one entry a class', () => {
    const text = paragraph(
      'Our vendors host the site for us.',
      'They may receive your name and email address to do so.',
    );
    expect(audit(text, { assumePolicy: true })).toEqual(audit(text, { assumePolicy: true }));
    expect(scoresEn(fold(text, 'en'), [])).toHaveLength(2);
  });
});
