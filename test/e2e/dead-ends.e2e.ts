/**
 * Issue #17.5 and #17.6 in real Chromium: a dead end (a PDF, a 404, a timeout, a page that is no policy) offers
 * only what can help — never "open with highlights" — speaks of files in words, shows URLs decoded; and after
 * two redirects the popup shows the policy's final URL.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scoreOf, signupLinking } from './audit-helpers';
import { ARTIFACTS } from './harness';
import { openWithPopup, scheme, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;
const GONE = '/real/%E6%94%BF%E7%AD%96/%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96.html';

beforeAll(async () => {
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'zh-CN' });
  Object.assign(world.routes, {
    '/real/to-pdf.html': { body: signupLinking('/real/manual.pdf') },
    '/real/manual.pdf': { body: '%PDF-1.7\n%fixture\n', type: 'application/pdf' },
    '/real/to-gone.html': { body: signupLinking(GONE) },
    '/real/to-slow.html': { body: signupLinking('/real/slow.html') },
    '/real/slow.html': { body: '<html><body>late</body></html>', delay: 12_000 },
    '/real/to-help.html': { body: signupLinking('/real/help.html') },
    '/real/to-redirect.html': { body: signupLinking('/r/one') },
    '/r/one': { body: '', status: 302, location: '/r/two' },
    '/r/two': { body: '', status: 302, location: '/policies/privacy-ads.html' },
  });
});

afterAll(async () => world?.close());

/** The not-analysed card's buttons, by test id: what the user is offered. */
const actions = (popup: import('playwright-core').Page) =>
  popup
    .getByTestId('not-analysed')
    .locator('button')
    .evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.testid ?? `untagged: ${b.textContent}`));

describe('dead ends (issue #17.5)', () => {
  test.each([
    ['a PDF', '/real/to-pdf.html', 'not-html', ['open-plain']],
    ['a 404', '/real/to-gone.html', 'fetch-failed', []],
    ['a timeout', '/real/to-slow.html', 'timeout', ['retry', 'open-plain']],
    ['a page that is no policy', '/real/to-help.html', 'not-a-policy', ['open-plain']],
  ])('%s offers only what can help', async (name, path, reason, offered) => {
    const { page, popup } = await openWithPopup(world, `${world.server.origin}${path}`);
    expect(await scoreOf(popup), name).toEqual({ kind: 'not-analysed', reason });
    expect(await actions(popup)).toEqual(offered);
    const card = (await popup.getByTestId('not-analysed').textContent()) ?? '';
    expect(card).not.toMatch(/application\/|text\/html/);
    await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, `pages-dead-end-${reason}${SHOT}.png`) });
    await popup.close();
    await page.close();
  });

  test('a 404 shows its URL decoded and says the link is broken rather than "open it and click again"', async () => {
    const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/to-gone.html`);
    await scoreOf(popup);
    expect(await popup.getByTestId('not-analysed').locator('.url').textContent()).toBe(
      `${world.server.origin}/real/政策/隐私政策.html`,
    );
    const advice = popup.getByTestId('advice');
    expect(await advice.textContent()).not.toBe(
      await popup.evaluate(() => chrome.i18n.getMessage('reasonFetchFailed')),
    );
    expect(await advice.textContent()).toBe(await popup.evaluate(() => chrome.i18n.getMessage('reasonBrokenLink')));
    await popup.close();
    await page.close();
  });
});

test('after two redirects the popup shows the final URL (issue #17.6)', async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/to-redirect.html`);
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
  expect(world.server.requests).toEqual(expect.arrayContaining(['/r/one', '/r/two', '/policies/privacy-ads.html']));
  expect(await popup.locator('.score-card .url').first().textContent()).toBe(
    `${world.server.origin}/policies/privacy-ads.html`,
  );
  await popup.close();
  await page.close();
});

test('one history row for the same policy reached from a signup and a login page (issue #17.7)', async () => {
  const shared = '/policies/privacy-ads.html';
  world.routes['/real/shop-signup.html'] = { body: signupLinking(shared) };
  world.routes['/real/shop-login.html'] = { body: signupLinking(shared) };
  for (const path of ['/real/shop-signup.html', '/real/shop-login.html']) {
    const { page, popup } = await openWithPopup(world, `${world.server.origin}${path}`);
    expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
    await popup.close();
    await page.close();
  }
  const history = await world.session.context.newPage();
  await scheme(history);
  await history.goto(world.session.url('src/history/index.html'));
  const rows = history.getByTestId('history-record').filter({ hasText: '青檬出行隐私政策' });
  await rows.first().waitFor();
  expect(await rows.count()).toBe(1);
  const pages = await rows.getByTestId('history-pages').locator('li').allTextContents();
  expect(pages).toEqual(
    expect.arrayContaining([
      `${world.server.origin}/real/shop-signup.html`,
      `${world.server.origin}/real/shop-login.html`,
    ]),
  );
  await history.screenshot({ path: join(ARTIFACTS, `pages-history-one-row${SHOT}.png`) });
  await history.close();
});
