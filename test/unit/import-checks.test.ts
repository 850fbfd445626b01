/**
 * Issue #18, imports: a file from anywhere cannot push out the user's records, blank a view with one bad
 * field, smuggle a javascript: URL, or inflate a snapshot without bound; the Markdown export escapes every field.
 */
import { describe, expect, test } from 'vitest';
import { toRecord } from '../../src/history/record';
import { HISTORY_MAX, historyStore } from '../../src/history/store';
import { reportMarkdown } from '../../src/ledger/export-md';
import { decompress } from '../../src/ledger/snapshot';
import { ledgerStore } from '../../src/ledger/store';
import { memoryArea } from '../dom/fake-connector';
import { entry, policy } from '../fixtures/ledger';
import { memoryLedgerArea } from '../fixtures/memory-area';
import { report } from '../fixtures/report';

const NOW = new Date('2025-06-01T00:00:00Z');
const page = { url: 'https://shop.example/signup', title: 'Sign up' };
const pol = { url: 'https://shop.example/privacy', title: 'Privacy' };
const record = (i: number, date = new Date(Date.UTC(2025, 0, 1 + (i % 28)))) =>
  toRecord(
    { ...page, url: `https://shop.example/p${i}` },
    { ...pol, url: `https://shop.example/privacy${i}` },
    report(),
    date,
  );
const historyFile = (records: unknown[]) => JSON.stringify({ app: 'policy-radar', schema: 1, records });

describe('history import', () => {
  test('a file full of future-dated records pushes out none of the user’s own', async () => {
    const store = historyStore(memoryArea());
    for (let i = 0; i < 5; i++) await store.add(record(i));
    const future = Array.from({ length: HISTORY_MAX }, (_, i) => ({
      ...record(100 + i, new Date('2030-01-01T00:00:00Z')),
      id: `x${i}`,
    }));
    expect(await store.importJson(historyFile(future), NOW)).toBe(0);
    expect(await store.list()).toHaveLength(5);
  });

  test('a full history takes in nothing more: the user’s records stay', async () => {
    const area = memoryArea();
    const store = historyStore(area);
    const mine = Array.from({ length: HISTORY_MAX }, (_, i) => ({ ...record(i), id: `mine${i}` }));
    await store.importJson(historyFile(mine), NOW);
    const theirs = Array.from({ length: 10 }, (_, i) => ({
      ...record(i, new Date('2025-05-30T00:00:00Z')),
      id: `t${i}`,
    }));
    expect(await store.importJson(historyFile(theirs), NOW)).toBe(0);
    expect((await store.list()).every((r) => r.id.startsWith('mine'))).toBe(true);
  });

  test.each([
    ['a javascript: policy URL', { policyUrl: 'javascript:alert(1)' }],
    ['an unknown level', { level: 'catastrophic' }],
    ['a numeric text hash', { textHash: 12 }],
    ['top that is not an array', { top: 'x' }],
    [
      'a finding with an unknown severity',
      { top: [{ quote: 'q', severity: 'mega', why: { en: '', 'zh-CN': '', 'zh-TW': '' } }] },
    ],
    ['a score of 1e9', { score: 1e9 }],
  ])('%s is left out, the good record kept', async (_name, bad) => {
    const store = historyStore(memoryArea());
    const good = record(1);
    expect(await store.importJson(historyFile([{ ...record(2), ...bad }, good]), NOW)).toBe(1);
    expect((await store.list()).map((r) => r.id)).toEqual([good.id]);
  });
});

const ledgerFile = (entries: unknown[], snapshots: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'policy-radar-ledger', schema: 1, entries, snapshots });

describe('ledger import', () => {
  test.each([
    ['non-array recipients', { policy: policy({ findings: [{ ...clauseOf(), recipients: 'partners' }] as never }) }],
    ['a numeric sha256', { policy: policy({ sha256: 7 as never }) }],
    ['an unknown level', { policy: policy({ level: 'huge' as never }) }],
    ['a javascript: policy URL', { policy: policy({ url: 'javascript:alert(1)' }) }],
    ['a short number hash', { numberHash: 'abc' }],
    ['an unknown source', { source: 'forged' as never }],
    ['a date in 2099', { date: '2099-01-01T00:00:00.000Z' }],
  ])('%s is left out, and the view’s data stays readable', async (_name, bad) => {
    const store = ledgerStore(memoryLedgerArea());
    const good = entry();
    expect(await store.importJson(ledgerFile([entry(bad), good]), NOW)).toBe(1);
    expect((await store.list()).map((e) => e.id)).toEqual([good.id]);
  });

  test('a snapshot that inflates past the cap is refused', async () => {
    const { gzipSync } = await import('node:zlib');
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024)).toString('base64');
    await expect(decompress({ gz: bomb, chars: 100 })).rejects.toThrow(/cap/);
  });
});

function clauseOf() {
  return {
    id: 'f1',
    polarity: 'shares',
    severity: 'high',
    recipients: ['partners'],
    data: [],
    purposes: [],
    quote: 'q',
    phone: true,
    marketing: false,
  };
}

test('Markdown export escapes every field, hashes and scores included', () => {
  const e = entry({
    date: '2025-03-01T08:00:00.000Z',
    policy: policy({ sha256: '`<img src=x>`' as never, textHash: '](javascript:x)', score: '<b>9</b>' as never }),
  });
  const md = reportMarkdown([e], 'en', NOW);
  // Every < and ] ( is backslash-escaped: no markup, no link, no code span breaking out.
  expect(md).not.toMatch(/(?<!\\)[<`]/);
  expect(md).not.toMatch(/(?<!\\)\]\(/);
  expect(md).toContain('\\<img src=x\\>');
});
