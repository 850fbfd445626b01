/**
 * Issue #17.3 in real Chromium: the popup scores a policy that a single-page app renders after load, and
 * "open with highlights" paints the same findings — not nothing because it read the loading skeleton.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scoreOf, signupLinking } from './audit-helpers';
import { ARTIFACTS } from './harness';
import { extensionPage, sendUi, squashed } from './inpage-helpers';
import { openWithPopup, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;

beforeAll(async () => {
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'zh-CN' });
  world.routes['/real/to-spa.html'] = { body: signupLinking('/real/spa-policy.html') };
});

afterAll(async () => world?.close());

test('highlights on a single-page app equal the popup’s findings', async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/to-spa.html`);
  // Issue #18: the app shell is read in a background tab only from the popup's button (a real visit).
  expect(await scoreOf(popup)).toEqual({ kind: 'not-analysed', reason: 'needs-render' });
  await popup.getByTestId('render-policy').click();
  await popup.getByTestId('risk-score').waitFor({ timeout: 20_000 });
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
  // Every finding the popup lists, its collapsed context included, must be painted in the page.
  const quotes = (
    await popup.locator('[data-testid=finding] .quote, [data-testid=finding-context] .quote').allTextContents()
  ).map(squashed);
  expect(quotes.length).toBeGreaterThanOrEqual(3);

  const ui = await extensionPage(world.session);
  const summary = await sendUi(ui, 'open-highlighted', { url: `${world.server.origin}/real/spa-policy.html` });
  expect(summary.state).toBe('on');
  const painted = (summary.painted ?? []).map((p) => squashed(p.text));
  for (const q of quotes) expect(painted, q).toContain(q);

  const policy = world.session.context.pages().find((p) => p.url().endsWith('/real/spa-policy.html'));
  await policy?.setViewportSize({ width: 1000, height: 700 });
  await policy?.screenshot({ path: join(ARTIFACTS, `pages-spa-highlights${SHOT}.png`) });
  await Promise.all([policy?.close(), ui.close(), popup.close(), page.close()]);
});
