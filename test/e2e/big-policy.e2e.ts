/**
 * Issue #17.4 in real Chromium: a 1 MB policy. While it is read the popup says which step it is on; once the
 * report is there the popup paints within a second, stays a bounded height with the first cards of each
 * group, and "show all N" opens the rest.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scoreOf, signupLinking } from './audit-helpers';
import { ARTIFACTS } from './harness';
import { openWithPopup, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;
const TARGET_BYTES = 1_000_000;
/** The popup this test accepts: a few screens, where 3,407 cards made 299,310 px. */
const MAX_HEIGHT = 4_000;

/** A long policy of our own words: a chapter per partner, each sharing something with it. */
function bigPolicy(): string {
  const head =
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>青禾集团隐私政策</title></head><body><h1>青禾集团隐私政策</h1><p>本政策说明我们如何收集、使用、共享和保护您的个人信息。</p>';
  const chapters: string[] = [];
  let bytes = head.length * 3;
  for (let i = 1; bytes < TARGET_BYTES; i++) {
    const chapter = `<h2>第${i}章 与第${i}号合作方的合作</h2><p>为提供联合会员服务，我们会将您的手机号码和会员等级共享给第${i}号合作方，用于其向您发送营销短信。</p><p>第${i}号合作方的SDK会收集您的设备标识符和网络信息，用于广告归因。</p><p>我们会向第${i}号物流服务商提供您的收货地址，用于完成配送。</p><p>本章所述合作在您注销账号后终止，您也可以在设置中撤回同意。</p>`;
    chapters.push(chapter);
    bytes += Buffer.byteLength(chapter);
  }
  return `${head}${chapters.join('')}<h2>联系我们</h2><p>如有疑问，请发送邮件至 privacy@qinghe.example 与我们联系。</p></body></html>`;
}

beforeAll(async () => {
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'zh-CN' });
  // Served slowly enough that a person (and this test) would be looking at the popup while it downloads.
  world.routes['/real/big-policy.html'] = { body: bigPolicy(), delay: 1_500 };
  world.routes['/real/to-big.html'] = { body: signupLinking('/real/big-policy.html') };
});

afterAll(async () => world?.close());

/** The steps the popup showed while waiting, in order, until the score. */
async function stagesUntilScore(popup: Page): Promise<string[]> {
  const seen: string[] = [];
  const started = Date.now();
  while (Date.now() - started < 40_000 && (await popup.getByTestId('risk-score').count()) === 0) {
    const stage = await popup
      .getByTestId('progress')
      .getAttribute('data-stage', { timeout: 50 })
      .catch(() => null);
    if (stage && seen.at(-1) !== stage) seen.push(stage);
    await popup.waitForTimeout(50);
  }
  return seen;
}

test('a 1 MB policy: progress while it is read, then a first paint within 1 s and a bounded popup', async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/to-big.html`);
  const stages = await stagesUntilScore(popup);
  expect(stages).toContain('download');
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });

  const paint = await popup.waitForFunction(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
    const received = at('report-received');
    const painted = at('report-painted');
    return received !== undefined && painted !== undefined ? painted - received : null;
  });
  const firstPaintMs = Math.round((await paint.jsonValue()) as number);
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  const cards = await popup.getByTestId('finding').count();
  const total = await popup.locator('.group:not(.group-context) h2 .count').allTextContents();
  console.log(
    `1 MB policy: stages ${stages.join(' → ')}; first paint ${firstPaintMs} ms after the report; popup ${height} px, ${cards} cards shown of ${total.join('+')}`,
  );
  expect(firstPaintMs).toBeLessThanOrEqual(1_000);
  expect(height).toBeLessThanOrEqual(MAX_HEIGHT);
  expect(total.reduce((n, c) => n + Number(c), 0)).toBeGreaterThan(cards);
  await popup.screenshot({ path: join(ARTIFACTS, `pages-big-policy${SHOT}.png`), fullPage: true });

  // "Show all N" opens the rest of that group, and only that group.
  const first = popup.getByTestId('show-all').first();
  const group = await first.getAttribute('data-group');
  const count = Number(await popup.locator(`.group-${group} h2 .count`).textContent());
  await first.click();
  expect(await popup.locator(`.group-${group} [data-testid=finding]`).count()).toBe(count);
  await popup.close();
  await page.close();
});
