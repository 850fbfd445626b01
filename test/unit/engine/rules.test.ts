import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { audit } from '../../../src/engine';
import { RULES } from '../../../src/engine/rules';
import { RULE_CASES } from './rule-cases';

// the rules alone: the learned second opinion (model/second-opinion.ts) may overrule them afterwards, and has tests of its own
const fired = (text: string) => audit(text, { assumePolicy: true, secondOpinion: false }).findings.map((f) => f.rule);

describe.each(Object.entries(RULE_CASES))('rule %s', (id, cases) => {
  test.each(cases.fire)('fires on 「%s」', (text) => expect(fired(text)).toContain(id));
  test.each(cases.silent)('stays silent on 「%s」', (text) => expect(fired(text)).not.toContain(id));
});

describe('rule registry', () => {
  const files = readdirSync(new URL('../../../src/engine/rules/', import.meta.url))
    .filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts', 'context.ts', 'why.ts'].includes(f))
    .map((f) => f.replace(/\.ts$/, ''));

  test('every rule file is registered, and nothing else', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });
  test('ids are unique and the registry is sorted', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
  });
  test.each(RULES.map((r) => [r.id, r] as const))(
    '%s has tests, an explanation in three languages and a law',
    (id, rule) => {
      expect(RULE_CASES[id]?.fire.length).toBeGreaterThan(0);
      expect(RULE_CASES[id]?.silent.length).toBeGreaterThan(0);
      for (const lang of ['zh-CN', 'zh-TW', 'en'] as const) expect(rule.why[lang].length).toBeGreaterThan(5);
      expect(rule.laws.length).toBeGreaterThan(0);
    },
  );
});
