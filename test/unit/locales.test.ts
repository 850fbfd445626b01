/** Locales stay in step (STYLE.md point 9): a key missing in one language shows up as a raw key in the UI. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const dir = new URL('../../public/_locales/', import.meta.url);
const locales = readdirSync(dir).sort();
const load = (locale: string) =>
  JSON.parse(readFileSync(new URL(`${locale}/messages.json`, dir), 'utf8')) as Record<string, Entry>;
const en = load('en');

describe('locales', () => {
  test('the three shipped locales are there', () => {
    expect(locales).toEqual(['en', 'zh_CN', 'zh_TW']);
  });

  test.each(locales)('%s has the same keys as en', (locale) => {
    expect(Object.keys(load(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(locales)('%s has no empty messages and the same placeholders as en', (locale) => {
    for (const [key, entry] of Object.entries(load(locale))) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}), key).toEqual(Object.keys(en[key]?.placeholders ?? {}));
    }
  });

  /**
   * One term per language (issue #17.8): the history page was 审计记录 on its tab and 检查记录 in its title; in
   * zh-TW 審查記錄, 檢查記錄 and 檢查紀錄 all at once. Each family of synonyms may be used in one spelling only.
   */
  test.each([
    ['zh_CN', [/(?:检查|审计|审查|审核)记录/g, /留存记录|留号记录/g]],
    ['zh_TW', [/(?:檢查|審計|審查|審核)[記紀]錄/g, /留存[記紀]錄/g, /筆[記紀]錄/g]],
  ] as const)('%s uses one spelling per term', (locale, families) => {
    const all = Object.values(load(locale))
      .map((entry) => entry.message)
      .join('\n');
    for (const family of families) expect(new Set(all.match(family)), String(family)).toHaveProperty('size', 1);
  });

  test('zh_TW writes the noun 紀錄 as Taiwan does, in the locale and in the ledger’s own words', () => {
    const nouns = /[查存筆有的]記錄/;
    expect(Object.values(load('zh_TW')).filter((e) => nouns.test(e.message))).toEqual([]);
    expect(readFileSync(new URL('../../src/ledger/words.ts', import.meta.url), 'utf8')).not.toMatch(nouns);
  });

  test('every __MSG_ name in manifest.json exists', () => {
    const manifest = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(en, name).toHaveProperty(name);
  });
});
