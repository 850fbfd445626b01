/** Issue #17.6: the policy is reported at the URL its redirects ended on, errors included. */
import { expect, test } from 'vitest';
import type { Fetched } from '../../src/background/fetch-policy';
import { loadPolicy, type LoaderDeps } from '../../src/background/load-policy';
import { Stop } from '../../src/background/stop';

const FIRST = 'https://shop.example/privacy';
const FINAL = 'https://legal.shop.example/zh/privacy-2026.html';
const TEXT = '隐私政策 '.repeat(60);

function deps(fetched: Partial<Fetched>): LoaderDeps {
  const answer: Fetched = {
    status: 200,
    contentType: 'text/html',
    bytes: new Uint8Array([60]),
    url: FINAL,
    ...fetched,
  };
  return {
    hasOrigin: async () => true,
    fetchDirect: async () => answer,
    fetchInTab: async () => answer,
    parse: async (_html, url) => ({ title: url === FINAL ? 'Final' : 'First', text: TEXT, scriptRendered: false }),
    render: async () => ({ title: '', text: TEXT }),
  };
}

test('after two redirects the policy is the final URL, parsed against it', async () => {
  const loaded = await loadPolicy(deps({}), 1, 'https://shop.example/signup', FIRST);
  expect(loaded.policy).toEqual({ url: FINAL, title: 'Final' });
});

test.each([
  ['an HTTP 404', { status: 404 }, 'fetch-failed'],
  ['a PDF', { contentType: 'application/pdf' }, 'not-html'],
])('%s met after redirects is reported there', async (_name, fetched, reason) => {
  const failed = await loadPolicy(deps(fetched), 1, 'https://shop.example/signup', FIRST).catch((e: unknown) => e);
  expect(failed).toBeInstanceOf(Stop);
  expect(failed).toMatchObject({ reason, policy: { url: FINAL } });
});
