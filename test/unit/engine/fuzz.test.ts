import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { adversarialText } from '../../../src/cli/adversarial';
import { randomText } from './random-text';

/** No input throws: random mixes of trigger words, markup noise, surrogates, control characters. */
const ALPHABET = [
  '共享',
  '不会',
  '除外',
  '第三方',
  '，',
  '。',
  '：',
  '\n',
  '（1）',
  '①',
  '未经您同意',
  'sdk',
  '手机号',
  '<div>',
  '&nbsp;',
  '\u0000',
  '\uD83D',
  '\uDE00',
  'ｓｄｋ',
  '們',
  'we do not share',
  ' ',
  '；',
  '1.1',
];

describe('fuzz', () => {
  test.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'random input #%i audits without throwing, spans in range',
    (seed) => {
      const text = randomText(ALPHABET, seed, 50 + seed * 37);
      const report = audit(text, { assumePolicy: seed % 2 === 0 });
      for (const f of report.findings) {
        expect(f.span.end).toBeLessThanOrEqual(text.length);
        expect(f.span.start).toBeLessThan(f.span.end);
      }
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    },
  );

  test('a 200 KB adversarial input finishes and stays bounded', () => {
    const report = audit(adversarialText(200_000), { assumePolicy: true });
    expect(report.status).toBe('analysed');
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
  });
});
