/** CSV export, quote diffs and the list's view: the history page's pure parts (issue #4). */
import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/history/csv';
import { diffQuotes, normalizeQuote } from '../../src/history/diff';
import { applyView, DEFAULT_VIEW } from '../../src/history/filter';
import { toRecord } from '../../src/history/record';
import { report } from '../fixtures/report';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+86 138', "'+86 138"],
    ['@sum', "'@sum"],
    [null, ''],
    [72, '72'],
  ] as const)('%j → %s', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});

test('toCsv: BOM, header and one row per record', () => {
  const r = toRecord(
    { url: 'https://a.example/s', title: '' },
    { url: 'https://a.example/p', title: '隐私政策' },
    report(),
    new Date(0),
  );
  const lines = toCsv([r]).split('\r\n');
  expect(lines[0]).toMatch(/^\ufeffdate,site,pageUrl,policyUrl,policyTitle,score,level/);
  expect(lines[1]).toContain('a.example,https://a.example/s,https://a.example/p,隐私政策,72,high');
  expect(lines).toHaveLength(3);
});

describe('diffQuotes', () => {
  test.each([
    ['whitespace', '我们 会共享', '我们会共享'],
    ['full-width punctuation', '我们会共享，包括手机号。', '我们会共享,包括手机号.'],
    ['list numbers', '（一）与关联公司共享', '1. 与关联公司共享'],
    ['case', 'We Share', 'we share'],
  ])('%s does not count as a change', (_name, a, b) => {
    expect(normalizeQuote(a)).toBe(normalizeQuote(b));
  });

  test('added and removed, each once', () => {
    expect(diffQuotes(['a 1', 'b', 'b'], ['a1', 'c', 'c'])).toEqual({ added: ['c'], removed: ['b'] });
  });
});

describe('applyView', () => {
  const rec = (site: string, score: number | null, day: number, title = '') =>
    toRecord(
      { url: `https://${site}/`, title: '' },
      { url: `https://${site}/p`, title },
      report({ score, level: score === null ? null : score > 50 ? 'high' : 'low' }),
      new Date(Date.UTC(2025, 0, day)),
    );
  const all = [rec('b.example', 80, 1), rec('a.example', 20, 3, '青檬隐私政策'), rec('c.example', null, 2)];
  const sites = (view: Partial<typeof DEFAULT_VIEW>) => applyView(all, { ...DEFAULT_VIEW, ...view }).map((r) => r.site);

  test.each([
    ['newest', {}, ['a.example', 'c.example', 'b.example']],
    ['oldest', { sort: 'oldest' }, ['b.example', 'c.example', 'a.example']],
    ['riskiest, unscored last', { sort: 'riskiest' }, ['b.example', 'a.example', 'c.example']],
    ['site', { sort: 'site' }, ['a.example', 'b.example', 'c.example']],
    ['level filter', { level: 'high' }, ['b.example']],
    ['search in titles', { query: '青檬' }, ['a.example']],
    ['search, all words', { query: 'example 青檬' }, ['a.example']],
    ['per-site detail', { site: 'c.example' }, ['c.example']],
  ] as const)('%s', (_name, view, expected) => {
    expect(sites(view)).toEqual(expected);
  });
});
