/**
 * Issue #4 done-when, in real Chromium with dist-e2e/: from a signup or store page to a score in the popup,
 * across origins, charsets and script-rendered policies, and a clear "not analysed" when there is no policy.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launchExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { policyRoutes, scoreOf, signupLinking } from './audit-helpers';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

let session: ExtensionSession;
let server: FixtureServer;
const timings: number[] = [];

const routes = policyRoutes(PAGES);
/** Every path the test itself navigated to; anything else the server saw came from the extension (or favicons). */
const visited: string[] = [];

beforeAll(async () => {
  server = await serveFixtures(PAGES, routes);
  // The cross-origin page needs the server's port, known only once it listens: localhost is another origin.
  const port = new URL(server.origin).port;
  routes['/signup-cross.html'] = { body: signupLinking(`http://localhost:${port}/policies/privacy-ads.html`) };
  routes['/signup-pdf.html'] = { body: signupLinking('/policies/manual.pdf') };
  routes['/signup-404.html'] = { body: signupLinking('/policies/gone.html') };
  session = await launchExtension();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  if (timings.length) {
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(
      `click-to-score on /signup.html, ms (first includes starting the offscreen document): median ${sorted[Math.floor(sorted.length / 2)]}, all ${timings.join(', ')}`,
    );
  }
  await session?.close();
  await server?.close();
});

async function auditPage(path: string, origin = server.origin) {
  visited.push(path);
  const page = await session.context.newPage();
  // The page's own subresources (its CSS) are the page's requests, not the extension's.
  page.on('request', (r) => visited.push(new URL(r.url()).pathname));
  await page.goto(`${origin}${path}`);
  const tabId = await tabIdOf(session, page);
  const started = performance.now();
  const popup = await openPopup(session, tabId);
  const outcome = await scoreOf(popup);
  if (outcome.kind === 'score' && path === '/signup.html') timings.push(Math.round(performance.now() - started));
  return { page, popup, outcome };
}

describe('signup pages', () => {
  test('same-origin policy link → score, level and findings', async () => {
    for (let i = 0; i < 5; i++) {
      const { page, popup, outcome } = await auditPage('/signup.html');
      expect(outcome, `run ${i}`).toMatchObject({ kind: 'score' });
      expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
      expect(await popup.getByTestId('risk-level').getAttribute('data-level')).toMatch(/low|medium|high|severe/);
      expect(await popup.getByTestId('policy-title').textContent()).toBeTruthy();
      if (i === 0) await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup-signup.png') });
      await popup.close();
      await page.close();
    }
  });

  test('no policy link → not analysed, no-policy', async () => {
    const { page, popup, outcome } = await auditPage('/no-policy.html');
    expect(outcome).toEqual({ kind: 'not-analysed', reason: 'no-policy' });
    expect(await popup.getByTestId('risk-score').count()).toBe(0);
    await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup-not-analysed.png') });
    await popup.close();
    await page.close();
  });
});

async function expectPolicy(path: string, policyPath: string) {
  const { page, popup, outcome } = await auditPage(path);
  expect(outcome, path).toMatchObject({ kind: 'score' });
  expect(await popup.locator('.score-card .url').textContent()).toContain(policyPath);
  await popup.close();
  await page.close();
}

describe('policies elsewhere and in other shapes', () => {
  test('cross-origin policy (localhost from 127.0.0.1)', async () => {
    await expectPolicy('/signup-cross.html', '//localhost:');
  });

  test('GBK policy served as text/html; charset=gbk', async () => {
    const { page, popup, outcome } = await auditPage('/signup-gbk-policy.html');
    expect(outcome).toMatchObject({ kind: 'score' });
    expect(await popup.getByTestId('policy-title').textContent()).toContain('墨点阅读');
    expect(await popup.getByTestId('finding').first().textContent()).toMatch(/[\u4e00-\u9fff]{4}/);
    await popup.close();
    await page.close();
  });

  test('script-rendered policy: rendered in a hidden tab from a click only, which is closed again', async () => {
    const before = session.context.pages().length;
    const { page, popup, outcome: first } = await auditPage('/signup-script-policy.html');
    // Issue #18: a real visit (cookies, history) happens only when the user asks for it.
    expect(first).toEqual({ kind: 'not-analysed', reason: 'needs-render' });
    expect(session.context.pages().length).toBe(before + 2);
    await popup.getByTestId('render-policy').click();
    await popup.getByTestId('risk-score').waitFor({ timeout: 20_000 });
    const outcome = await scoreOf(popup);
    expect(outcome).toMatchObject({ kind: 'score' });
    expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
    expect(session.context.pages().length).toBe(before + 2);
    await popup.close();
    await page.close();
  });

  test('a policy page itself is audited in place', async () => {
    await expectPolicy('/policies/privacy-ads.html', '/policies/privacy-ads.html');
  });

  test.each([
    ['/signup-pdf.html', 'not-html'],
    ['/signup-404.html', 'fetch-failed'],
  ])('%s → not analysed: %s', async (path, reason) => {
    const { page, popup, outcome } = await auditPage(path);
    expect(outcome).toEqual({ kind: 'not-analysed', reason });
    await popup.close();
    await page.close();
  });
});

describe('app stores', () => {
  test.each(['apple', 'google-play', 'huawei', 'xiaomi', 'tencent'])(
    "%s listing → the app's own policy",
    async (store) => {
      await expectPolicy(`/stores/${store}.html`, `/policies/apps/${store}-app.html`);
    },
  );
});

test('the extension requested nothing but policy URLs', () => {
  const fromExtension = server.requests.filter((p) => !visited.includes(p) && p !== '/favicon.ico');
  expect(fromExtension.length).toBeGreaterThan(0);
  for (const path of fromExtension) expect(path).toMatch(/^\/policies\//);
});
