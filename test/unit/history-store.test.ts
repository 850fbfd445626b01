/** History (issue #4): schema migration, change tracking, and a lossless JSON round trip. */
import { describe, expect, test } from 'vitest';
import { toRecord } from '../../src/history/record';
import { HISTORY_KEY, HISTORY_SCHEMA, migrate } from '../../src/history/schema';
import { historyStore } from '../../src/history/store';
import { memoryArea } from '../dom/fake-connector';
import { finding, report } from '../fixtures/report';

const page = { url: 'https://shop.example/signup', title: 'Sign up' };
const policy = { url: 'https://shop.example/privacy', title: 'Privacy' };
const at = (day: number) => new Date(Date.UTC(2025, 0, day));

describe('migrate', () => {
  test.each([
    ['nothing stored', undefined, 0],
    ['null', null, 0],
    ['the current schema', { schema: HISTORY_SCHEMA, records: [toRecord(page, policy, report(), at(1))] }, 1],
  ])('%s', (_name, raw, count) => {
    const data = migrate(raw);
    expect(data.schema).toBe(HISTORY_SCHEMA);
    expect(data.records).toHaveLength(count);
  });

  test('schema 0 (a bare array) gains counts and quotes', () => {
    const v0 = [
      {
        id: 'a',
        site: 's',
        policyUrl: 'p',
        textHash: 'h',
        score: 40,
        level: 'medium',
        date: '2024-01-01',
        findings: 3,
      },
    ];
    const [r] = migrate(v0).records;
    expect(r).toMatchObject({ id: 'a', score: 40, counts: { findings: 3, shares: 0 }, quotes: [], top: [] });
  });

  test('a newer schema is refused, not half-read', () => {
    expect(() => migrate({ schema: 99, records: [] })).toThrow(/schema/);
  });

  test('broken records are dropped, good ones kept', () => {
    const good = toRecord(page, policy, report(), at(1));
    expect(migrate({ schema: 1, records: [good, { id: 1 }, null] }).records).toEqual([good]);
  });
});

describe('historyStore', () => {
  test('newest first; the same text again refreshes instead of duplicating', async () => {
    const store = historyStore(memoryArea());
    await store.add(toRecord(page, policy, report(), at(1)));
    await store.add(toRecord({ ...page, url: 'https://b.example/' }, policy, report({ textHash: 'b' }), at(2)));
    await store.add(toRecord(page, policy, report(), at(3)));
    const list = await store.list();
    expect(list.map((r) => r.date.slice(8, 10))).toEqual(['03', '02']);
  });

  test('a changed text says since when, and which findings came and went', async () => {
    const store = historyStore(memoryArea());
    const before = report({
      findings: [finding({ quote: '我们会与关联公司共享您的信息。' }), finding({ quote: '旧条款。' })],
    });
    const after = report({
      textHash: 'changed',
      findings: [
        finding({ quote: '我们会与关联公司 共享您的信息 。' }),
        finding({ quote: '我们会把手机号提供给广告主。' }),
      ],
    });
    expect(await store.add(toRecord(page, policy, before, at(1)))).toBeUndefined();
    const change = await store.add(toRecord(page, policy, after, at(5)));
    expect(change).toEqual({
      since: at(1).toISOString(),
      previousScore: 72,
      added: ['我们会把手机号提供给广告主。'],
      removed: ['旧条款。'],
    });
    expect((await store.list())[0]?.change).toEqual(change);
  });

  test('concurrent adds both land', async () => {
    const store = historyStore(memoryArea());
    await Promise.all(
      [1, 2, 3].map((d) => store.add(toRecord(page, { ...policy, url: `${policy.url}/${d}` }, report(), at(d)))),
    );
    expect(await store.list()).toHaveLength(3);
  });

  test('export → import into an empty store is lossless; importing twice adds nothing', async () => {
    const source = historyStore(memoryArea());
    await source.add(toRecord(page, policy, report(), at(1)));
    await source.add(toRecord(page, policy, report({ textHash: 'x' }), at(2)));
    const json = await source.exportJson();
    const target = historyStore(memoryArea());
    expect(await target.importJson(json)).toBe(2);
    expect(await target.list()).toEqual(await source.list());
    expect(await target.importJson(json)).toBe(0);
    expect(JSON.parse(await target.exportJson())).toEqual(JSON.parse(json));
  });

  test('import refuses what is not an export', async () => {
    await expect(historyStore(memoryArea()).importJson('{"schema":7}')).rejects.toThrow();
    await expect(historyStore(memoryArea()).importJson('not json')).rejects.toThrow();
  });

  test('remove one, clear all; data lives under one schema-versioned key', async () => {
    const area = memoryArea();
    const store = historyStore(area);
    await store.add(toRecord(page, policy, report(), at(1)));
    await store.add(toRecord(page, { ...policy, url: 'https://x.example/p' }, report(), at(2)));
    const [first] = await store.list();
    await store.remove(first!.id);
    expect(await store.list()).toHaveLength(1);
    expect(area.data[HISTORY_KEY]).toMatchObject({ schema: HISTORY_SCHEMA });
    await store.clear();
    expect(await store.list()).toEqual([]);
  });
});

describe('one row per policy text and day (issue #17.7)', () => {
  const login = { url: 'https://shop.example/login', title: 'Login' };
  const later = (day: number, seconds: number) => new Date(at(day).getTime() + seconds * 1000);

  test('a signup page and a login page linking the same policy: one row, updated in place, listing both', async () => {
    const store = historyStore(memoryArea());
    await store.add(toRecord(page, policy, report(), later(1, 0)));
    const [first] = await store.list();
    await store.add(toRecord(login, policy, report({ score: 73 }), later(1, 3)));
    const list = await store.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: first?.id, pageUrl: login.url, score: 73, pages: [page.url, login.url] });
    expect(list[0]?.date).toBe(later(1, 3).toISOString());
  });

  test('the next day, or another text, is a row of its own; the same page again still only refreshes', async () => {
    const store = historyStore(memoryArea());
    await store.add(toRecord(page, policy, report(), at(1)));
    await store.add(toRecord(login, policy, report(), at(2)));
    await store.add(toRecord(login, policy, report({ textHash: 'new' }), later(2, 5)));
    await store.add(toRecord(login, policy, report({ textHash: 'new' }), at(9)));
    expect((await store.list()).map((r) => [r.pageUrl, r.textHash, r.date.slice(8, 10)])).toEqual([
      [login.url, 'new', '09'],
      [login.url, report().textHash, '02'],
      [page.url, report().textHash, '01'],
    ]);
  });

  test('a template policy on two unrelated sites stays two rows', async () => {
    const store = historyStore(memoryArea());
    await store.add(toRecord(page, policy, report(), at(1)));
    await store.add(
      toRecord(
        { url: 'https://other.example/', title: '' },
        { ...policy, url: 'https://other.example/p' },
        report(),
        at(1),
      ),
    );
    expect(await store.list()).toHaveLength(2);
  });
});
