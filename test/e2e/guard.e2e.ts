/**
 * Issue #5 done-when, phone-field guard: switched on for the granted origins (the e2e build's loopback hosts
 * stand in for <all_urls>), a chip appears when a phone field gets focus — plain, SPA-inserted, in a modal,
 * in an iframe — with the popup's level, without moving the form or taking the keyboard; dismissable per
 * site; and nearly free on a page without phone fields (measured and printed).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launchExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { byTestId, clickTestId } from './closed-shadow';
import { INPAGE, boxes, extensionPage, gzipSize, sendUi } from './inpage-helpers';

let session: ExtensionSession;
let server: FixtureServer;
let ui: Page;

/**
 * Chip hosts in the page. The host element is in the page's DOM (its closed root is not), so the page's own
 * view answers "is there a chip?" without a DevTools session, which would weigh on the cost measured below.
 */
const chips = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-policy-radar=guard-chip]').length);

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(`${server.origin}/${path}`);
  return page;
}

/** The chip's settled state: loading gives way to a level, "no policy" or "not analysed". */
async function chipState(where: Page | Frame): Promise<{ state: string; level: string | null; text: string }> {
  const page = 'page' in where ? where.page() : where;
  let chip = await byTestId(page, 'guard-chip');
  await expect
    .poll(async () => (chip = await byTestId(page, 'guard-chip'))?.attrs['data-state'] ?? 'absent', {
      timeout: 20_000,
    })
    .toMatch(/^(analysed|no-policy|not-analysed)$/);
  return { state: chip?.attrs['data-state'] ?? '', level: chip?.attrs['data-level'] ?? null, text: chip?.text ?? '' };
}

/** The level the popup gives the same tab: the chip must agree with it. */
async function popupLevel(page: Page): Promise<string | null> {
  const result = await sendUi(ui, 'audit-tab', { tabId: await tabIdOf(session, page) });
  return result.kind === 'analysed' ? result.report.level : null;
}

beforeAll(async () => {
  server = await serveFixtures(INPAGE);
  session = await launchExtension({ lang: 'zh-CN' });
  ui = await extensionPage(session);
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the always-on watcher is tiny; the chip and highlights load on demand', () => {
  const sizes = {
    watcher: gzipSize('inject/guard-watch.js'),
    chip: gzipSize('inject/guard-chip.js'),
    highlight: gzipSize('inject/highlight.js'),
  };
  console.log(`[size] gzipped bytes: ${JSON.stringify(sizes)}`);
  expect(sizes.watcher).toBeLessThanOrEqual(3 * 1024);
});

test('off by default: no script on pages until the guard is switched on', async () => {
  expect((await sendUi(ui, 'guard-state', {})).enabled).toBe(false);
  const page = await open('signup-plain.html');
  await page.locator('#phone').click();
  await page.waitForTimeout(500);
  expect(await chips(page)).toBe(0);
  await page.close();

  const state = await sendUi(ui, 'guard-set', { enabled: true });
  expect(state.enabled).toBe(true);
  expect(state.matches).toEqual(expect.arrayContaining(['http://127.0.0.1/*']));
  await ui.reload();
  await expect.poll(() => ui.getByTestId('guard-toggle').isChecked()).toBe(true);
});

test('plain form: the chip shows the popup’s level, the form does not move, typing goes on', async () => {
  const page = await open('signup-plain.html');
  const layout = await boxes(page, '#signup');
  await page.locator('#nick').click();
  await page.waitForTimeout(300);
  expect(await chips(page)).toBe(0); // not a phone field: nothing loaded
  await page.locator('#phone').click();
  const chip = await chipState(page);
  expect(chip.state).toBe('analysed');
  expect(chip.level).toBe(await popupLevel(page));
  expect(chip.text).toMatch(/风险/);
  expect(await boxes(page, '#signup')).toEqual(layout);
  await page.keyboard.type('13812345678');
  expect(await page.locator('#phone').inputValue()).toBe('13812345678');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('phone');
  // The form and the chip beside it: the chip sits outside the form's box, so clip wider than the form.
  const form = await page.locator('#signup').boundingBox();
  if (form) {
    const clip = { x: form.x - 16, y: form.y - 16, width: form.width + 180, height: form.height + 32 };
    await page.screenshot({ path: join(ARTIFACTS, 'guard-chip.png'), clip });
  }
  await page.screenshot({ path: join(ARTIFACTS, 'guard-page.png') });
  await page.close();
});

test('SPA-inserted field, field in a modal, field in an iframe', async () => {
  const spa = await open('signup-spa.html');
  await spa.locator('#phone').click();
  expect((await chipState(spa)).state).toBe('analysed');
  await spa.close();

  const modal = await open('signup-modal.html');
  await modal.locator('#open').click();
  const layout = await boxes(modal, '#modal');
  await modal.locator('#userTel').click();
  expect((await chipState(modal)).state).toBe('analysed');
  expect(await boxes(modal, '#modal')).toEqual(layout);
  await modal.close();

  const framed = await open('signup-iframe.html');
  const frame = framed.frames().find((f) => f.url().endsWith('signup-frame.html'));
  if (!frame) throw new Error('no frame');
  await frame.locator('#acct').click();
  expect((await chipState(frame)).state).toBe('analysed');
  await framed.close();
});

test('a site without a policy says so; details open the popup page; dismiss is per site', async () => {
  const none = await open('signup-nopolicy.html');
  await none.locator('#phone').click();
  expect((await chipState(none)).state).toBe('no-policy');
  await none.close();

  const page = await open('signup-plain.html');
  await page.locator('#phone').click();
  await chipState(page);
  const opened = session.context.waitForEvent('page');
  await clickTestId(page, 'guard-chip-open');
  expect((await opened).url()).toContain('src/popup/index.html?tabId=');
  await page.bringToFront();
  await clickTestId(page, 'guard-chip-close');
  expect(await chips(page)).toBe(0);
  await page.reload();
  await page.locator('#phone').click();
  await page.waitForTimeout(600);
  expect(await chips(page)).toBe(0);
  await page.close();
  // Storage holds the site; clear it so later runs in this profile start fresh.
  await session.worker.evaluate(() => chrome.storage.local.remove('guardDismissedSites'));
});

/** Script time on a long page with 100 non-phone inputs: loading it, and focusing every input once. */
async function cost(): Promise<{ load: number; focus: number }> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${server.origin}/no-phone.html`);
  await page.waitForTimeout(300); // document_idle has passed: the watcher, if registered, has run
  const { metrics } = await cdp.send('Performance.getMetrics');
  // ScriptDuration counts every world of the page's main thread, the extension's isolated world included.
  const load = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const focus = await page.evaluate(() => {
    const inputs = [...document.querySelectorAll('input')];
    // Synthetic focusin: only listeners run, so layout and scrolling (what .focus() costs) do not drown the signal.
    const t0 = performance.now();
    for (let round = 0; round < 20; round++)
      for (const input of inputs) input.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    return (performance.now() - t0) / (20 * inputs.length);
  });
  expect(await chips(page)).toBe(0);
  await page.close();
  return { load, focus };
}

test('cost on a page without phone fields: measured with the guard on and off', async () => {
  const runs = async () => {
    const all = [];
    for (let i = 0; i < 5; i++) all.push(await cost());
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    return { load: median(all.map((r) => r.load)), focus: median(all.map((r) => r.focus)) };
  };
  const on = await runs();
  await sendUi(ui, 'guard-set', { enabled: false });
  const off = await runs();
  await sendUi(ui, 'guard-set', { enabled: true });
  const ms = (x: number) => Number(x.toFixed(3));
  console.log(
    `[cost] no-phone.html, median of 5 loads: script time ${ms(off.load)} ms without the guard, ` +
      `${ms(on.load)} ms with it (+${ms(on.load - off.load)} ms); per focusin ${ms(off.focus * 1000)} µs vs ` +
      `${ms(on.focus * 1000)} µs (+${ms((on.focus - off.focus) * 1000)} µs)`,
  );
  // The number is for the README (0.8–1.8 ms on a quiet machine); the bound only catches a real regression such as
  // the chip loading on every page: on this shared 2-core machine the same build measured 6–14 ms under load.
  expect(on.load - off.load).toBeLessThan(25);
  expect(on.focus - off.focus).toBeLessThan(0.1);
});
