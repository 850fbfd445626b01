/**
 * Issue #17.9 in real Chromium: "show in page" on a finding in the popup opens the policy with its highlights
 * stepped to that clause, and the card beside a clause many lines tall does not cover it.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scoreOf, signupLinking } from './audit-helpers';
import { boxOf, byTestId } from './closed-shadow';
import { ARTIFACTS } from './harness';
import { squashed } from './inpage-helpers';
import { openWithPopup, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;
const POLICY = '/real/long-clause.html';

beforeAll(async () => {
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'zh-CN' });
  world.routes['/real/to-long.html'] = { body: signupLinking(POLICY) };
});

afterAll(async () => world?.close());

/** The text of the clause the navigator stands on, as the page's own CSS.highlights registry holds it. */
const current = (p: Page) =>
  p.evaluate(() =>
    [...(CSS.highlights.get('policy-radar-current') ?? [])].map((r) => (r as Range).toString()).join(''),
  );

test('"show in page" opens the policy at that clause, and its card stays clear of it', async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/to-long.html`);
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
  const card = popup.getByTestId('finding').filter({ hasText: '物流公司' });
  const quote = squashed((await card.locator('.quote').textContent()) ?? '').replace(/^“|”$/g, '');
  const opened = world.session.context.waitForEvent('page', { predicate: (p) => p.url().endsWith(POLICY) });
  await card.getByTestId('show-in-page').click();
  const policy = await opened;
  await policy.setViewportSize({ width: 1200, height: 600 });
  // (the tab's load, the worker's audit of the page's text and the step take their time on a busy 2-core machine:
  // one fresh-clone CI run of 2d1db4e found no clause stepped to within 15 s, the test alone passing 9 of 9 times)
  await expect.poll(() => current(policy).then(squashed), { timeout: 40_000 }).toBe(quote);

  // The long clause, scrolled near the top: below and above it there is no room, beside it there is.
  await policy.evaluate(() => {
    const long = document.getElementById('long');
    if (long) window.scrollTo(0, long.getBoundingClientRect().top + window.scrollY - 200);
  });
  const clause = await policy.locator('#long').boundingBox();
  if (!clause) throw new Error('no clause');
  await policy.mouse.move(clause.x + 40, clause.y + 40);
  // The card lives in a closed shadow root (issue #18): read through DevTools, as highlight.e2e does.
  const shown = () => byTestId(policy, 'highlight-card');
  await expect
    .poll(async () => {
      const node = await shown();
      return node && node.attrs.hidden === undefined ? node.text : '';
    })
    .toContain('广告');
  const node = await shown();
  const box = node && (await boxOf(policy, node));
  if (!box) throw new Error('no card');
  // The clause's own line boxes, as the reader sees its words.
  const lines = await policy.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('long') as Node);
    return [...range.getClientRects()].map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
  });
  const covered = lines.filter(
    (l) => box.x < l.x + l.width && l.x < box.x + box.width && box.y < l.y + l.height && l.y < box.y + box.height,
  );
  expect(covered, JSON.stringify({ box, clause })).toEqual([]);
  await policy.screenshot({ path: join(ARTIFACTS, `pages-card-beside${SHOT}.png`) });
  await Promise.all([policy.close(), popup.close(), page.close()]);
});
