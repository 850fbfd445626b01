/** Issue #17.10 in real Chromium: an English heading is never glued to the sentence after it in a quote. */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { scoreOf } from './audit-helpers';
import { ARTIFACTS } from './harness';
import { openWithPopup, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;

beforeAll(async () => {
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'en-US' });
});

afterAll(async () => world?.close());

test('headings and the sentences after them are quoted apart', async () => {
  const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/en-policy.html`);
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
  const context = popup.locator('details.group-context summary');
  if (await context.count()) await context.click();
  const quotes = await popup.locator('.finding .quote').allTextContents();
  expect(quotes.length).toBeGreaterThan(0);
  const headings = ['Transferring your information', 'Sharing with partners', 'Information we collect'];
  for (const q of quotes) for (const h of headings) expect(q, q).not.toMatch(new RegExp(`${h}\\s+[A-Z]`));
  // and a heading alone is a title, not a clause
  for (const h of headings) expect(quotes.map((q) => q.replace(/[“”"]/g, '').trim())).not.toContain(h);
  expect(quotes.join('\n')).toContain('We share your personal information with advertising partners');
  await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, `pages-english-quotes${SHOT}.png`) });
  await popup.close();
  await page.close();
});
