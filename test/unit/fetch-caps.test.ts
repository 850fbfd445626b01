/**
 * Issue #18: downloads stop at 5 MB (a 255 KB gzip that inflates to 256 MB once took the browser to 2.2 GB),
 * a large Content-Length is refused before the body is read, and no fetch carries the user's cookies —
 * the in-page fetch included.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAX_BYTES, fetchBytes } from '../../src/background/fetch-policy';
import { Stop } from '../../src/background/stop';
import { pageFetch } from '../../src/background/tab-scripts';

const MB = 1024 * 1024;

/** An endless body of 1 MB chunks, counting how many were pulled. */
function endless(headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(c) {
      pulled++;
      c.enqueue(new Uint8Array(MB));
    },
  });
  return { res: new Response(body, { headers: { 'content-type': 'text/html', ...headers } }), pulled: () => pulled };
}

const stopOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof Stop ? `${e.reason}: ${e.detail}` : String(e)),
  );

afterEach(() => vi.unstubAllGlobals());

describe('fetchBytes', () => {
  test('an endless body stops just past 5 MB', async () => {
    const { res, pulled } = endless();
    expect(await stopOf(fetchBytes('https://x.example/p', async () => res))).toBe('fetch-failed: larger than 5 MB');
    expect(pulled()).toBeLessThanOrEqual(MAX_BYTES / MB + 2);
  });

  test('a Content-Length over the cap is refused before reading', async () => {
    const { res, pulled } = endless({ 'content-length': String(256 * MB) });
    expect(await stopOf(fetchBytes('https://x.example/p', async () => res))).toBe('fetch-failed: larger than 5 MB');
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  test('cookies are left out', async () => {
    const fake = vi.fn(async (_u: RequestInfo | URL, _i?: RequestInit) => new Response('<p>x</p>'));
    await fetchBytes('https://x.example/p', fake);
    expect(fake.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });
});

describe('the in-page fetch', () => {
  test('omits cookies and stops just past 5 MB', async () => {
    const { res, pulled } = endless();
    const fake = vi.fn(async (_u: RequestInfo | URL, _i?: RequestInit) => res);
    vi.stubGlobal('fetch', fake);
    await expect(pageFetch('https://x.example/p', true)).rejects.toThrow('larger than 5 MB');
    expect(fake.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
    expect(pulled()).toBeLessThanOrEqual(MAX_BYTES / MB + 2);
  });

  test('a small page comes back whole', async () => {
    vi.stubGlobal('fetch', async () => new Response('<p>政策</p>', { headers: { 'content-type': 'text/html' } }));
    const got = await pageFetch('https://x.example/p', true);
    expect(got && new TextDecoder().decode(Uint8Array.from(atob(got.base64), (c) => c.charCodeAt(0)))).toBe(
      '<p>政策</p>',
    );
  });
});
