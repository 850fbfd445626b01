import { statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { MODEL_RULE_EN, scoresEn } from '../../../src/engine/model/second-opinion';
import { fold } from '../../../src/engine/normalize';

/** The learned second opinion (issue 14): small, deterministic, English only. */

describe('second opinion', () => {
  test('ships as data no larger than 300 KB', () => {
    const size = (name: string) => statSync(new URL(`../../../src/engine/model/${name}`, import.meta.url)).size;
    expect(size('weights-en.json')).toBeLessThan(300_000);
  });

  test('Chinese is read by the rules alone: the option changes nothing', () => {
    const text = ['我们会与关联公司共享您的手机号码，用于营销推广。', '我们不会向任何第三方出售您的个人信息。'].join(
      '\n',
    );
    expect(audit(text, { assumePolicy: true })).toEqual(audit(text, { assumePolicy: true, secondOpinion: false }));
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
