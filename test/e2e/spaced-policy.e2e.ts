/**
 * In real Chromium: a policy whose words each stand in their own tag with a space between them, and whose list items
 * end in no stop, is read as if typed plainly (src/engine/compact.ts, listItems() in segment.ts); quotes keep the
 * page's own text.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scoreOf } from './audit-helpers';
import { ARTIFACTS } from './harness';
import { openWithPopup, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;

beforeAll(async () => {
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'zh-CN' });
});

afterAll(async () => world?.close());

test('spaced words and unstopped list items are read as clauses', async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/spaced-policy.html`);
  const outcome = await scoreOf(popup);
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'score' });
  const context = popup.locator('details.group-context summary');
  if (await context.count()) await context.click();
  const quotes = (await popup.locator('.finding .quote').allTextContents()).join('\n');
  // the number to advertisers, quoted as the page has it (with its spaces)
  expect(quotes).toMatch(/手机\s号码\s共享\s给\s广告\s合作\s伙伴/);
  // each list item, though it ends in no stop
  expect(quotes).toContain('与关联公司共享您的账号信息');
  expect(quotes).toContain('与支付机构共享您的订单信息');
  await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, `pages-spaced-policy${SHOT}.png`) });
  await popup.close();
  await page.close();
});
