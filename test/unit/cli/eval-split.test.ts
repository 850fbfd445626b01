import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

/** `npm run eval -- <set> --split tune|check`: every section kept to one half of the SPLITS.json beside the set. */

const ROOT = new URL('../../../', import.meta.url).pathname;
const run = (args: string[]) =>
  spawnSync('node', ['--import', 'tsx', 'src/cli/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

function makeCorpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'pr-split-'));
  const dir = join(root, 'demo');
  mkdirSync(join(dir, 'policies'), { recursive: true });
  writeFileSync(join(dir, 'policies', 'a.txt'), '隐私政策\n我们会与广告合作伙伴共享您的手机号码。');
  writeFileSync(join(dir, 'policies', 'b.txt'), '隐私政策\n我们不会出售您的个人信息。');
  const row = (policy: string, text: string, polarity: string) =>
    JSON.stringify({ policy, text, polarity, recipients: [], phone: false, marketing: false });
  writeFileSync(
    join(dir, 'polarity.jsonl'),
    [
      row('a', '我们会与广告合作伙伴共享您的手机号码。', 'shares'),
      row('b', '我们不会出售您的个人信息。', 'denies'),
    ].join('\n'),
  );
  writeFileSync(join(root, 'SPLITS.json'), JSON.stringify({ demo: { check: ['b'] } }));
  return dir;
}

describe('eval --split', { timeout: 60000 }, () => {
  test('tune and check each see their own policies only', () => {
    const dir = makeCorpus();
    const tune = JSON.parse(run([dir, '--split', 'tune', '--json']).stdout);
    const check = JSON.parse(run([dir, '--split', 'check', '--json']).stdout);
    expect([tune.policies.n, tune.polarity.n, tune.polarity.per_class.shares.support]).toEqual([1, 1, 1]);
    expect([check.policies.n, check.polarity.n, check.polarity.denies_n]).toEqual([1, 1, 1]);
    expect(Object.keys(tune)).toEqual(['set', 'topic', 'polarity', 'policies', 'policy']);
  });

  test('an unknown half fails with a clear message', () => {
    const out = run([makeCorpus(), '--split', 'dev', '--json']);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/--split takes tune or check/);
  });
});
