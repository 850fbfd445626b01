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

  test('every __MSG_ name in manifest.json exists', () => {
    const manifest = readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] ?? '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(en, name).toHaveProperty(name);
  });
});
