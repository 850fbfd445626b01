import { readdirSync } from 'node:fs';

/**
 * The written sets of test/fixtures/written (sentences written from POLARITY.md alone, see scripts/written-eval.ts)
 * and which of them are sealed: read by written-eval and by the second opinion's training rows alike, so a set
 * sealed for one is sealed for both.
 */
const LANGS = ['zh', 'zh-hant', 'en'];
// every written set, by language and then number: zh, zh-2 …, zh-hant, zh-hant-3 …, en, en-2 …
export const WRITTEN_SETS = readdirSync(new URL('../test/fixtures/written/', import.meta.url))
  .filter((file) => file.endsWith('.jsonl'))
  .map((file) => {
    const name = file.slice(0, -'.jsonl'.length);
    const [, lang, n] = /^(zh-hant|zh|en)(?:-(\d+))?$/.exec(name)!;
    return { name, lang: LANGS.indexOf(lang!), n: Number(n ?? 1) };
  })
  .sort((a, b) => a.lang - b.lang || a.n - b.n)
  .map((set) => set.name);
// written after the last rule and only ever measured: written-eval --errors never lists them, the second opinion never
// trains on them (every row is a check row)
export const MEASURED_ONLY = new Set([
  'zh-6',
  'zh-9',
  'zh-11',
  'zh-13',
  'zh-16',
  'zh-18',
  'zh-21',
  'zh-hant-6',
  'zh-hant-10',
  'zh-hant-12',
  'zh-hant-14',
  'zh-hant-17',
  'zh-hant-21',
  'en-3',
  'en-5',
  'en-7',
  'en-9',
  'en-13',
  'en-16',
  'en-18',
  'en-20',
  'zh-hant-22',
  'en-22',
  'zh-24',
  'en-24',
  'zh-26',
  'zh-hant-25',
  'en-26',
  'zh-27',
  'zh-hant-26',
  'en-27',
  'zh-29',
  'zh-hant-28',
  'en-29',
  'zh-30',
  'zh-hant-29',
  'en-30',
  'zh-32',
  'zh-hant-31',
  'en-32',
  'zh-33',
  'zh-hant-32',
  'en-33',
  'zh-35',
  'zh-hant-34',
  'en-35',
  'zh-37',
  'zh-hant-36',
  'en-37',
  'zh-38',
  'zh-40',
  'zh-41',
  'zh-43',
  'zh-44',
  'zh-46',
  'zh-47',
  'zh-49',
  'zh-50',
  'zh-hant-37',
  'zh-hant-39',
  'zh-hant-40',
  'zh-hant-42',
  'zh-hant-43',
  'zh-hant-45',
  'zh-hant-46',
  'zh-hant-48',
  'zh-hant-49',
  'en-38',
  'en-40',
  'en-41',
  'en-43',
  'en-44',
  'en-46',
  'en-47',
  'en-49',
  'en-50',
]);
