/**
 * audit-tab end to end with the browser faked (issue #4): each way a click can end, and never a score the
 * engine did not compute (issue #2).
 */
import { describe, expect, test, vi } from 'vitest';
import { reportCache } from '../../src/background/cache';
import type { Fetched } from '../../src/background/fetch-policy';
import { auditTab, createHandlers, type BackgroundDeps, type TabInfo } from '../../src/background/handlers';
import { Stop } from '../../src/background/stop';
import type { PageDiscovery } from '../../src/inject/types';
import { ledgerStore } from '../../src/ledger/store';
import { memoryLedgerArea } from '../fixtures/memory-area';
import { report } from '../fixtures/report';

const SIGNUP = 'https://shop.example/signup';
const POLICY = 'https://shop.example/privacy';
const POLICY_TEXT = '隐私政策 '.repeat(100);
const html = (body: string) => new TextEncoder().encode(`<html><body>${body}</body></html>`);

function discovery(over: Partial<PageDiscovery> = {}): PageDiscovery {
  return {
    url: SIGNUP,
    title: 'Sign up',
    self: { isPolicy: false, confidence: 0, signals: [] },
    store: null,
    candidates: [{ url: POLICY, text: '《隐私政策》', score: 90, source: 'consent-label' }],
    main: null,
    ...over,
  };
}

const ok = (over: Partial<Fetched> = {}): Fetched => ({
  status: 200,
  contentType: 'text/html; charset=utf-8',
  bytes: html('x'),
  url: POLICY,
  ...over,
});

function deps(over: Partial<BackgroundDeps> = {}, tab: TabInfo | null = { url: SIGNUP, title: 'Sign up' }) {
  const d = {
    version: '9.9.9',
    getTab: vi.fn(async () => tab),
    discover: vi.fn(async () => discovery()),
    hasOrigin: vi.fn(async () => true),
    fetchDirect: vi.fn(async () => ok()),
    fetchInTab: vi.fn(async () => ok()),
    parse: vi.fn(async () => ({ title: 'Privacy', text: POLICY_TEXT, scriptRendered: false })),
    render: vi.fn(async () => ({ title: 'Rendered', text: POLICY_TEXT })),
    audit: vi.fn(() => report()),
    cache: reportCache(),
    record: vi.fn(async () => undefined),
    badge: vi.fn(async () => undefined),
    ledger: { store: ledgerStore(memoryLedgerArea()), salt: async () => 'a'.repeat(64) },
    ...over,
  } satisfies BackgroundDeps;
  return d;
}

describe('audit-tab: not analysed, with a reason', () => {
  test.each([
    ['a closed tab', deps({}, null), 'no-tab'],
    ['a browser settings page', deps({}, { url: 'chrome://settings/' }), 'restricted-page'],
    ['the extension store', deps({}, { url: 'https://chromewebstore.google.com/detail/x' }), 'restricted-page'],
    ['a page we may not script', deps({ discover: async () => Promise.reject(new Error('no grant')) }), 'no-access'],
    ['a page with no policy link', deps({ discover: async () => discovery({ candidates: [] }) }), 'no-policy'],
    ['HTTP 404', deps({ fetchDirect: async () => ok({ status: 404 }) }), 'fetch-failed'],
    ['a PDF', deps({ fetchDirect: async () => ok({ contentType: 'application/pdf' }) }), 'not-html'],
    [
      'a PDF labelled html',
      deps({ fetchDirect: async () => ok({ bytes: new TextEncoder().encode('%PDF-1.7') }) }),
      'not-html',
    ],
    ['a timeout', deps({ fetchDirect: async () => Promise.reject(new Stop('timeout')) }), 'timeout'],
    [
      'a text that is no policy',
      deps({ audit: () => report({ status: 'not-a-policy', score: null, level: null }) }),
      'not-a-policy',
    ],
  ] as const)('%s → %s', async (_name, d, reason) => {
    const result = await auditTab(d, 1);
    expect(result).toMatchObject({ kind: 'not-analysed', reason });
    expect(result).not.toHaveProperty('report');
  });

  test('HTTP errors name the status', async () => {
    const result = await auditTab(deps({ fetchDirect: async () => ok({ status: 503 }) }), 1);
    expect(result).toMatchObject({ detail: 'HTTP 503', policy: { url: POLICY } });
  });

  test('an app-store page without a policy link names the store', async () => {
    const result = await auditTab(deps({ discover: async () => discovery({ candidates: [], store: 'apple' }) }), 1);
    expect(result).toMatchObject({ reason: 'no-policy', detail: 'apple' });
  });

  test('a cross-origin policy without the permission asks for that origin, fetching nothing', async () => {
    const other = { url: 'https://privacy.other.example/p', text: '', score: 80, source: 'link' as const };
    const d = deps({ hasOrigin: vi.fn(async () => false), discover: async () => discovery({ candidates: [other] }) });
    const result = await auditTab(d, 1);
    expect(result).toMatchObject({ reason: 'needs-permission', detail: 'https://privacy.other.example' });
    expect(d.fetchDirect).not.toHaveBeenCalled();
    expect(d.fetchInTab).not.toHaveBeenCalled();
  });

  test('clears the badge', async () => {
    const d = deps({ discover: async () => discovery({ candidates: [] }) });
    await auditTab(d, 3);
    expect(d.badge).toHaveBeenCalledWith(3, null);
  });
});

describe('audit-tab: analysed', () => {
  test('fetches the best candidate, audits its text, records it and sets the badge', async () => {
    const d = deps();
    const result = await auditTab(d, 5);
    expect(result).toMatchObject({
      kind: 'analysed',
      policy: { url: POLICY, title: 'Privacy' },
      report: { score: 72 },
    });
    expect(d.fetchDirect).toHaveBeenCalledWith(POLICY, true);
    expect(d.audit).toHaveBeenCalledWith(POLICY_TEXT);
    expect(d.record).toHaveBeenCalledTimes(1);
    // the icon's tooltip carries the report's one count of clauses (issue 16)
    const report = (result as { report: { findings: unknown[] } }).report;
    expect(d.badge).toHaveBeenCalledWith(5, 'high', report.findings.length);
  });

  test('a same-origin policy without host permission is fetched from inside the page', async () => {
    const d = deps({ hasOrigin: vi.fn(async () => false) });
    await auditTab(d, 5);
    expect(d.fetchInTab).toHaveBeenCalledWith(5, POLICY, true);
    expect(d.fetchDirect).not.toHaveBeenCalled();
  });

  test('the page that is itself a policy is audited in place, without a fetch', async () => {
    const main = { title: '隐私政策', text: POLICY_TEXT, chars: POLICY_TEXT.length, method: 'body' as const };
    const d = deps({
      discover: vi.fn(async () =>
        discovery({ url: POLICY, main, self: { isPolicy: true, confidence: 1, signals: [] } }),
      ),
    });
    const result = await auditTab(d, 5);
    expect(result).toMatchObject({ kind: 'analysed', policy: { url: POLICY, title: '隐私政策' } });
    expect(d.fetchDirect).not.toHaveBeenCalled();
  });

  test('a script-rendered policy is rendered in a hidden context when the popup asks for it', async () => {
    const d = deps({ parse: vi.fn(async () => ({ title: '', text: '加载中…', scriptRendered: true })) });
    expect(await auditTab(d, 5)).toMatchObject({ reason: 'needs-render', policy: { url: POLICY } });
    expect(d.render).not.toHaveBeenCalled();
    const result = await auditTab(d, 5, { by: 'popup', render: true });
    expect(d.render).toHaveBeenCalledWith(POLICY);
    expect(result).toMatchObject({ kind: 'analysed', policy: { title: 'Rendered' } });
  });

  test('rendering needs the origin permission even for a same-origin policy', async () => {
    const d = deps({
      hasOrigin: vi.fn(async () => false),
      parse: vi.fn(async () => ({ title: '', text: '', scriptRendered: true })),
    });
    expect(await auditTab(d, 5, { by: 'popup', render: true })).toMatchObject({
      reason: 'needs-permission',
      detail: 'https://shop.example',
    });
  });

  test('the same policy text is audited once (cache per URL + text hash)', async () => {
    const parse = vi.fn(async () => ({ title: 'Privacy', text: POLICY_TEXT, scriptRendered: false }));
    const d = deps({ parse });
    await auditTab(d, 5);
    await auditTab(d, 5);
    expect(d.audit).toHaveBeenCalledTimes(1);
    parse.mockResolvedValue({ title: 'Privacy', text: POLICY_TEXT + '更新', scriptRendered: false });
    await auditTab(d, 5);
    expect(d.audit).toHaveBeenCalledTimes(2);
  });

  test('passes on the change the history saw', async () => {
    const change = { since: '2025-01-01T00:00:00.000Z', previousScore: 40, added: ['新条款'], removed: [] };
    const result = await auditTab(deps({ record: async () => change }), 5);
    expect(result).toMatchObject({ change });
  });
});

describe('audits a page can steer (issue #18)', () => {
  const linking = (url: string) =>
    discovery({ candidates: [{ url, text: '《隐私政策》', score: 90, source: 'link' }] });

  test.each([
    ['another site', 'https://tracker.other.example/privacy', 'other-site'],
    ['a router', 'http://192.168.1.1/cgi-bin/reboot', 'other-site'],
    ['another port of the same host', 'https://shop.example:8443/privacy', 'port'],
  ])('the guard does not request %s', async (_name, url, detail) => {
    const d = deps({ discover: async () => linking(url) });
    const result = await auditTab(d, 5, { by: 'guard' });
    expect(result).toMatchObject({ kind: 'not-analysed', reason: 'refused-link', detail });
    expect(d.fetchDirect).not.toHaveBeenCalled();
    expect(d.fetchInTab).not.toHaveBeenCalled();
  });

  test('the popup does not request a local-network link from a public page', async () => {
    const d = deps({ discover: async () => linking('http://10.0.0.1/admin') });
    expect(await auditTab(d, 5)).toMatchObject({ reason: 'refused-link', detail: 'private' });
    expect(d.fetchDirect).not.toHaveBeenCalled();
  });

  test('a redirect to a local-network host is refused after the fact (popup)', async () => {
    const d = deps({ fetchDirect: vi.fn(async () => ok({ url: 'http://127.0.0.1:631/' })) });
    expect(await auditTab(d, 5)).toMatchObject({ reason: 'refused-link', detail: 'loopback' });
    expect(d.audit).not.toHaveBeenCalled();
  });

  test('the guard fetches without following redirects and never renders', async () => {
    const d = deps({ parse: vi.fn(async () => ({ title: '', text: '', scriptRendered: true })) });
    expect(await auditTab(d, 5, { by: 'guard', render: true })).toMatchObject({ reason: 'needs-render' });
    expect(d.fetchDirect).toHaveBeenCalledWith(POLICY, false);
    expect(d.render).not.toHaveBeenCalled();
  });

  test('content scripts get guard audits; only the UI may ask to render', async () => {
    const d = deps({
      discover: async () => linking('https://tracker.other.example/privacy'),
      parse: vi.fn(async () => ({ title: '', text: '', scriptRendered: true })),
    });
    const h = createHandlers(d);
    const sender = { tab: { id: 5, url: SIGNUP } } as never;
    expect(await h.content['guard-audit']({}, sender)).toMatchObject({ reason: 'refused-link' });
    expect(await h.ui['audit-tab']({ tabId: 5 }, {})).toMatchObject({ reason: 'needs-render' });
    await h.ui['audit-tab']({ tabId: 5, render: true }, {});
    expect(d.render).toHaveBeenCalledTimes(1);
  });
});

test('ping answers with the version', async () => {
  await expect(createHandlers(deps()).ui.ping({}, {})).resolves.toEqual({ version: '9.9.9' });
});

test('an unexpected error still ends in a not-analysed answer with a retry, not a rejected message', async () => {
  const result = await auditTab(
    deps({ parse: async () => Promise.reject(new Error('Receiving end does not exist')) }),
    1,
  );
  expect(result).toMatchObject({
    kind: 'not-analysed',
    reason: 'fetch-failed',
    detail: expect.stringContaining('Receiving end'),
  });
});
