import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** `npm run eval` against a tiny corpus written here, in the layout ../shared/corpus/README.md fixes. */

const ROOT = new URL('../../../', import.meta.url).pathname;
const run = (args: string[]) =>
  spawnSync('node', ['--import', 'tsx', 'src/cli/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

function makeSet(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-eval-'));
  mkdirSync(join(dir, 'policies'));
  writeFileSync(
    join(dir, 'policies', 'p1.txt'),
    [
      '示例隐私政策',
      '我们会收集您的手机号码。',
      '我们会与广告合作伙伴共享您的手机号码。',
      '我们采用加密技术保护您的个人信息。',
    ].join('\n'),
  );
  const labels = [
    { policy: 'p1', line: 1, text: '', sharing: false, risk: false },
    { policy: 'p1', line: 2, text: '', sharing: false, risk: false },
    { policy: 'p1', line: 3, text: '', sharing: true, risk: true },
    { policy: 'p1', line: 4, text: '', sharing: false, risk: false },
  ];
  writeFileSync(join(dir, 'labels.jsonl'), labels.map((l) => JSON.stringify(l)).join('\n'));
  const polarity = [
    {
      policy: 'p1',
      text: '我们不会与任何第三方共享您的个人信息。',
      polarity: 'denies',
      recipients: [],
      phone: false,
      marketing: false,
    },
    {
      policy: 'p1',
      text: '我们会与广告合作伙伴共享您的手机号码。',
      polarity: 'shares',
      recipients: ['advertisers', 'partners'],
      phone: true,
      marketing: true,
    },
    {
      policy: 'p1',
      text: '我们采用加密技术保护您的个人信息。',
      polarity: 'none',
      recipients: [],
      phone: false,
      marketing: false,
    },
  ];
  writeFileSync(join(dir, 'polarity.jsonl'), polarity.map((l) => JSON.stringify(l)).join('\n'));
  const answers = {
    policy: 'p1',
    named_recipients: 'missing',
    sharing_list: 'missing',
    separate_consent: 'missing',
    withdraw_consent: 'missing',
    personalisation_optout: 'missing',
    marketing_optout: 'missing',
    phone_out: 'yes',
    marketing_out: 'yes',
    sale: 'no',
    risk: 'severe',
    risk_score: 80,
  };
  // a reader's own row is not the consensus: only the consensus row is compared
  const rows = [
    { ...answers, reader: 'consensus' },
    { ...answers, reader: 1, phone_out: 'no' },
  ];
  writeFileSync(join(dir, 'policy-labels.jsonl'), rows.map((l) => JSON.stringify(l)).join('\n'));
  return dir;
}

describe('npm run eval', { timeout: 60000 }, () => {
  test('--json prints exactly one object with the contract keys and exits 0', () => {
    const out = execFileSync('node', ['--import', 'tsx', 'src/cli/eval.ts', makeSet(), '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual(['set', 'topic', 'polarity', 'policies', 'policy']);
    expect(result.topic).toMatchObject({ n: 4, tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(result.polarity).toMatchObject({
      n: 3,
      accuracy: 1,
      denies_as_shares: 0,
      denies_n: 1,
      phone_f1: 1,
      marketing_f1: 1,
    });
    expect(Object.keys(result.polarity.per_class)).toEqual(['shares', 'consent', 'denies', 'none']);
    expect(result.policies).toMatchObject({ n: 1, levels: expect.objectContaining({ not_analysed: 0 }) });
    for (const key of ['chars', 'ms_total', 'ms_median', 'mb_per_s'])
      expect(typeof result.policies[key]).toBe('number');
    expect(result.policy).toMatchObject({ n: 1, phone_out: 1, marketing_out: 1, sale: 1 });
    expect(Object.keys(result.policy.checklist)).toEqual([
      'named-recipients',
      'sharing-list',
      'separate-consent',
      'withdraw-consent',
      'personalisation-opt-out',
      'marketing-opt-out',
    ]);
    for (const key of ['level_exact', 'level_within_one', 'spearman', 'score_mae'])
      expect(typeof result.policy[key]).toBe('number');
  });

  // One spawn a test: each took up to 17 s with two `npm test` runs and other work on 2 cores (issue #15).
  test('a missing folder fails with a clear message', () => {
    const missing = run(['/no/such/folder', '--json']);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/no such folder/);
  });

  test('a malformed file fails with a clear message', () => {
    const dir = makeSet();
    writeFileSync(join(dir, 'polarity.jsonl'), '{not json');
    const bad = run([dir, '--json']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/polarity\.jsonl:1: not valid JSON/);
    const labels = makeSet();
    writeFileSync(join(labels, 'policy-labels.jsonl'), JSON.stringify({ policy: 'p1', reader: 'consensus' }));
    const mistyped = run([labels, '--json']);
    expect(mistyped.status).not.toBe(0);
    expect(mistyped.stderr).toMatch(/policy-labels\.jsonl:1: missing or mistyped fields/);
  });

  test('a set without labels reports those sections as null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-eval-'));
    mkdirSync(join(dir, 'policies'));
    writeFileSync(join(dir, 'policies', 'a.txt'), '隐私政策\n我们不会出售您的个人信息。');
    const result = JSON.parse(
      execFileSync('node', ['--import', 'tsx', 'src/cli/eval.ts', dir, '--json'], { cwd: ROOT, encoding: 'utf8' }),
    );
    expect(result.topic).toBeNull();
    expect(result.polarity).toBeNull();
    expect(result.policy).toBeNull();
    expect(result.policies.n).toBe(1);
  });
});
