/**
 * Issue #6 done-when, in real Chromium: with the guard on, a number submitted on one site's form and typed
 * into another site's form-less page (recorded as the page is left) gives two ledger entries — masked,
 * hashed, with the policy's hash, findings and snapshot; the trace helper puts the site that shares with
 * marketing partners first; the HTML report opens and shows the quotes; the complaint draft has the entry's
 * facts; and a browser restart on the same profile keeps everything.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { LedgerData } from '../../src/ledger/schema';
import {
  ARTIFACTS,
  launchExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { byTestId } from './closed-shadow';
import { extensionPage, sendUi } from './inpage-helpers';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const NUMBER = '13812345678';

let session: ExtensionSession;
/** Two servers, two origins: two sites as far as the ledger is concerned. */
let ads: FixtureServer;
let quiet: FixtureServer;
let profile: string;
const started = Date.now();

beforeAll(async () => {
  // signup.html posts its form to /api/register: answer it, as a real site would, with a page.
  const registered = { '/api/register': { body: '<!doctype html><meta charset="utf-8"><p>注册成功</p>' } };
  [ads, quiet] = await Promise.all([serveFixtures(PAGES, registered), serveFixtures(PAGES)]);
  profile = await mkdtemp(join(tmpdir(), 'policy-radar-ledger-'));
  session = await launchExtension({ lang: 'zh-CN', profile });
  await mkdir(ARTIFACTS, { recursive: true });
  const ui = await extensionPage(session);
  expect((await sendUi(ui, 'guard-set', { enabled: true })).enabled).toBe(true);
  await ui.close();
});

afterAll(async () => {
  await session?.close();
  await Promise.all([ads?.close(), quiet?.close()]);
  await rm(profile, { recursive: true, force: true });
  console.log(`[ledger e2e] ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

const stored = () => session.worker.evaluate(() => chrome.storage.local.get(null));
const entries = async () => ((await stored()).ledger as LedgerData | undefined)?.entries ?? [];

/** Types the number the way a user does; the guard's chip settling means the site's policy was read. */
async function typeNumber(page: Page, field: string): Promise<void> {
  await page.locator(field).click();
  await page.keyboard.type(NUMBER);
  await expect
    .poll(async () => (await byTestId(page, 'guard-chip'))?.attrs['data-state'] ?? 'absent', { timeout: 20_000 })
    .toMatch(/^(analysed|no-policy|not-analysed)$/);
}

async function openLedger(): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 980, height: 900 });
  await page.goto(session.url('src/history/index.html#ledger'));
  await page.getByTestId('ledger-entry').first().waitFor();
  return page;
}

test('a submitted form and a left page give two masked entries with the policy as it was', async () => {
  const a = await session.context.newPage();
  await a.goto(`${ads.origin}/signup.html`);
  await typeNumber(a, '#phone');
  await a.locator('#agree').check();
  await Promise.all([a.waitForURL('**/api/register'), a.locator('button[type=submit]').click()]);
  await expect.poll(async () => (await entries()).length, { timeout: 15_000 }).toBe(1);
  await a.close();

  const b = await session.context.newPage();
  await b.goto(`${quiet.origin}/signup-no-sharing.html`);
  await typeNumber(b, 'input[name=phone]');
  await b.goto('about:blank'); // no <form> here: leaving the page is the moment the number was given
  await expect.poll(async () => (await entries()).length, { timeout: 15_000 }).toBe(2);
  await b.close();

  const [second, first] = await entries();
  expect(first).toMatchObject({ site: ads.origin, masked: '138****5678', last4: '5678', source: 'submit' });
  expect(first?.policy?.url).toBe(`${ads.origin}/policies/privacy-ads.html`);
  expect(first?.policy?.sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(first?.policy?.findings.some((f) => f.phone && f.marketing)).toBe(true);
  expect(second).toMatchObject({ site: quiet.origin, masked: '138****5678', source: 'pagehide' });
  expect(second?.policy?.url ?? second?.policyMissing).toMatch(/no-sharing\.html|not-a-policy/);
  // One number, one hash; and the number itself is nowhere in storage.
  expect(second?.numberHash).toBe(first?.numberHash);
  const dump = JSON.stringify(await stored());
  expect(dump).not.toContain(NUMBER);
  expect(Object.keys(await stored()).filter((k) => k.startsWith('ledgerSnap:'))).toHaveLength(second?.policy ? 2 : 1);
});

test('ledger view: who may have my number, the trace helper, the complaint draft', async () => {
  const page = await openLedger();
  expect(await page.getByTestId('ledger-number').count()).toBe(1);
  expect(await page.getByTestId('ledger-exposure').first().getAttribute('data-site')).toBe(ads.origin);
  await page.locator('#app').screenshot({ path: join(ARTIFACTS, 'ledger.png') });

  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString('sv'); // YYYY-MM-DD, local
  await page.getByTestId('trace-category').selectOption('loan');
  await page.getByTestId('trace-date').fill(tomorrow);
  await page.getByTestId('trace-hit').first().waitFor();
  const ranked = await page
    .getByTestId('trace-hit')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-site')));
  expect(ranked[0]).toBe(ads.origin);
  const trace = page.getByTestId('ledger-trace');
  await trace.screenshot({ path: join(ARTIFACTS, 'ledger-trace.png') });

  const [entry] = (await entries()).filter((e) => e.site === ads.origin);
  await page.getByTestId('trace-complaint').first().click();
  const draft = await page.getByTestId('complaint-text').inputValue();
  for (const fact of [ads.origin, '138****5678', tomorrow, '贷款理财', '12321']) expect(draft).toContain(fact);
  expect(draft).toContain(entry?.policy?.findings[0]?.quote.slice(0, 20));
  const status = await page.getByTestId('complaint-status').textContent();
  console.log(`[ledger e2e] clipboard: ${status}`);
  await page.getByTestId('ledger-complaint').screenshot({ path: join(ARTIFACTS, 'ledger-complaint.png') });
  await page.close();
});

test('the HTML evidence report opens on its own and shows the quotes', async () => {
  const page = await openLedger();
  const download = page.waitForEvent('download');
  await page.getByTestId('ledger-export-html').click();
  // Saved under an .html name, as the browser's download would be, so the file:// tab renders it as a page.
  const file = join(ARTIFACTS, 'ledger-report.html');
  await (await download).saveAs(file);
  const html = await readFile(file, 'utf8');
  expect(html).not.toMatch(/<script/i);
  const report = await session.context.newPage();
  await report.goto(pathToFileURL(file).href);
  const quotes = await report.locator('blockquote').allTextContents();
  const [entry] = (await entries()).filter((e) => e.site === ads.origin);
  expect(quotes).toContain(entry?.policy?.findings[0]?.quote);
  expect(await report.locator('body').textContent()).toContain(entry?.policy?.sha256);
  await report.screenshot({ path: join(ARTIFACTS, 'ledger-report.png') });
  await report.close();
  await page.close();
});

test('a browser restart on the same profile keeps the ledger, snapshots and the guard', async () => {
  const before = await stored();
  await session.close();
  session = await launchExtension({ lang: 'zh-CN', profile });
  const after = await stored();
  expect(after.ledger).toEqual(before.ledger);
  expect(
    Object.keys(after)
      .filter((k) => k.startsWith('ledgerSnap:'))
      .sort(),
  ).toEqual(
    Object.keys(before)
      .filter((k) => k.startsWith('ledgerSnap:'))
      .sort(),
  );
  expect(after.ledgerSalt).toBe(before.ledgerSalt);
  const page = await openLedger();
  expect(await page.getByTestId('ledger-entry').count()).toBe(2);
  // The worker puts the guard back at start-up (Chrome drops registered scripts on an update or reload).
  await expect.poll(async () => (await sendUi(page, 'guard-state', {})).enabled).toBe(true);
  await page.close();
});

test('“I gave my number here” in the popup adds an entry for that tab, masked at once', async () => {
  const site = await session.context.newPage();
  await site.goto(`${ads.origin}/signup.html`);
  const popup = await openPopup(session, await tabIdOf(session, site));
  await popup.getByTestId('gave-number').click();
  // Another number: the one the guard recorded here would be the same act again, which the ledger folds.
  await popup.getByTestId('gave-number-input').fill('139 0000 1111');
  await popup.getByTestId('gave-number-save').click();
  await expect
    .poll(() => popup.getByTestId('gave-number-status').textContent(), { timeout: 20_000 })
    .toBe('Added to your phone-number ledger.');
  expect(await popup.getByTestId('gave-number-input').inputValue()).toBe('');
  const manual = (await entries()).find((e) => e.source === 'manual');
  expect(manual).toMatchObject({ site: ads.origin, masked: '139****1111', last4: '1111' });
  expect(manual?.numberHash).toMatch(/^[0-9a-f]{64}$/);
  expect(manual?.policy?.url).toBe(`${ads.origin}/policies/privacy-ads.html`);
  expect(JSON.stringify(await stored())).not.toContain('13900001111');
  await popup.close();
  await site.close();
});
