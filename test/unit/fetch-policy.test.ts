/** The worker's download step (issue #4): status, type and charset decide between text and a reason. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { quickHash, reportCache } from '../../src/background/cache';
import { decodeFetched, fetchBytes, type Fetched } from '../../src/background/fetch-policy';
import { Stop } from '../../src/background/stop';
import { report } from '../fixtures/report';

const pages = new URL('../fixtures/pages/policies/', import.meta.url);
const fetched = (over: Partial<Fetched>): Fetched => ({
  status: 200,
  contentType: 'text/html',
  bytes: new Uint8Array(),
  url: 'https://x.example/p',
  ...over,
});
const reasonOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof Stop ? e.reason : String(e);
  }
  return null;
};

describe('decodeFetched', () => {
  test('GBK by header', () => {
    const bytes = new Uint8Array(readFileSync(new URL('gbk.html', pages)));
    expect(decodeFetched(fetched({ bytes, contentType: 'text/html; charset=gbk' })).html).toContain('个人信息保护政策');
  });

  test('Big5 by <meta> with no header charset', () => {
    const bytes = new Uint8Array(readFileSync(new URL('big5.html', pages)));
    expect(decodeFetched(fetched({ bytes, contentType: 'text/html' })).html).toMatch(/隱私|個人資料/);
  });

  test('text/plain is taken as the text itself', () => {
    const bytes = new TextEncoder().encode('隐私政策');
    expect(decodeFetched(fetched({ bytes, contentType: 'text/plain; charset=utf-8' }))).toEqual({
      html: '隐私政策',
      plain: true,
    });
  });

  test.each([
    ['404', { status: 404 }, 'fetch-failed'],
    ['500', { status: 500 }, 'fetch-failed'],
    ['pdf by type', { contentType: 'application/pdf' }, 'not-html'],
    ['pdf by bytes', { bytes: new TextEncoder().encode('%PDF-1.4') }, 'not-html'],
    ['an image', { contentType: 'image/png' }, 'not-html'],
    ['no type at all', { contentType: '' }, null],
  ] as const)('%s → %s', (_name, over, reason) => {
    expect(reasonOf(() => decodeFetched(fetched(over)))).toBe(reason);
  });
});

describe('fetchBytes', () => {
  test('a server that never answers times out', async () => {
    const never: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    await expect(fetchBytes('https://x.example/p', never, 20)).rejects.toMatchObject({ reason: 'timeout' });
  });

  test('a network error is fetch-failed, and cookies are never sent', async () => {
    let credentials: RequestCredentials | undefined;
    const down: typeof fetch = async (_url, init) => {
      credentials = init?.credentials;
      throw new TypeError('Failed to fetch');
    };
    await expect(fetchBytes('https://x.example/p', down)).rejects.toMatchObject({ reason: 'fetch-failed' });
    expect(credentials).toBe('omit');
  });
});

describe('reportCache', () => {
  test('keyed by URL and text: a changed text misses', async () => {
    const cache = reportCache();
    await cache.set('u', 'text', report());
    expect(await cache.get('u', 'text')).toMatchObject({ score: 72 });
    expect(await cache.get('u', 'text2')).toBeNull();
    expect(await cache.get('v', 'text')).toBeNull();
  });

  test('quickHash is stable and spreads', () => {
    expect(quickHash('隐私政策')).toBe(quickHash('隐私政策'));
    expect(quickHash('a')).not.toBe(quickHash('b'));
  });
});
