/** In real Chromium: a clause only the on-device model reads shows in the popup with a badge saying so. */
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

test("the model's reading of a cookie clause is a finding with a badge, the rules' findings have none", async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/signup-reader.html`);
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
  const badged = popup.locator('[data-testid="finding"]', { has: popup.locator('[data-testid="model-chip"]') });
  await expect.poll(() => badged.count()).toBe(1);
  expect(await badged.locator('.quote').textContent()).toContain(
    '我们和第三方合作伙伴可能通过Cookie或同类技术收集和使用您的信息',
  );
  expect(await badged.locator('.why').textContent()).toContain('学习模型');
  // the payment clause is a rule's: no badge
  const payment = popup.locator('[data-testid="finding"]', { hasText: '提供支付服务的第三方' });
  expect(await payment.count()).toBe(1);
  expect(await payment.locator('[data-testid="model-chip"]').count()).toBe(0);
  await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, `pages-model-reading${SHOT}.png`) });
  await popup.close();
  await page.close();
});
