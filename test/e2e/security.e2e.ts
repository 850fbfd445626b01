/**
 * Issue #18 done-when, in real Chromium with the phone-field guard on: an attacker page on one local origin
 * (127.0.0.1) and a "router/intranet" victim on another (localhost, also loopback). The page cannot make
 * PolicyRadar request the victim, open a tab, read an outcome from the DOM, write a ledger entry by script,
 * or click the chip by script.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { signupLinking } from './audit-helpers';
import { byTestId, clickTestId } from './closed-shadow';
import { launchExtension, serveFixtures, type ExtensionSession, type FixtureServer } from './harness';
import { INPAGE, extensionPage, sendUi } from './inpage-helpers';

let session: ExtensionSession;
let attacker: FixtureServer;
let victim: FixtureServer;
let victimOrigin: string;

const SHELL = `<!doctype html><html><head><meta charset="utf-8"><title>隐私政策</title></head><body>
<div id="app">加载中…</div><script>document.getElementById('app').textContent = '${'我们会与合作伙伴共享您的手机号。'.repeat(30)}';</script>
</body></html>`;

beforeAll(async () => {
  victim = await serveFixtures(undefined, {
    '/admin/reboot': { body: `<html><body>${'路由器管理页面。'.repeat(100)}</body></html>` },
  });
  victimOrigin = `http://localhost:${new URL(victim.origin).port}`;
  const routes = {
    '/attack-link.html': { body: signupLinking(`${victimOrigin}/admin/reboot`) },
    '/attack-redirect.html': { body: signupLinking('/go') },
    '/go': { status: 302, body: '', headers: { location: `${victimOrigin}/admin/reboot` } },
    '/attack-shell.html': { body: signupLinking('/shell.html') },
    '/shell.html': { body: SHELL },
  };
  attacker = await serveFixtures(INPAGE, routes);
  session = await launchExtension();
  const ui = await extensionPage(session);
  expect((await sendUi(ui, 'guard-set', { enabled: true })).enabled).toBe(true);
  await ui.close();
});

afterAll(async () => {
  await session?.close();
  await attacker?.close();
  await victim?.close();
});

async function open(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${attacker.origin}${path}`);
  return page;
}

/** Focus the phone field as a user would and wait for the chip to settle. */
async function chipAfterFocus(page: Page): Promise<Record<string, string>> {
  await page.locator('input[type=tel]').click();
  let attrs: Record<string, string> = {};
  await expect
    .poll(
      async () => {
        attrs = (await byTestId(page, 'guard-chip'))?.attrs ?? {};
        return attrs['data-state'] ?? 'absent';
      },
      { timeout: 20_000 },
    )
    .toMatch(/analysed|no-policy/);
  return attrs;
}

test.each(['/attack-link.html', '/attack-redirect.html'])(
  '%s: the guard sends no request to the other origin',
  async (path) => {
    const page = await open(path);
    const chip = await chipAfterFocus(page);
    expect(chip['data-state']).toBe('not-analysed');
    await page.waitForTimeout(500);
    expect(victim.requests).toEqual([]);
    await page.close();
  },
);

test('a script-drawn policy: the guard opens no tab', async () => {
  const page = await open('/attack-shell.html');
  const opened: string[] = [];
  const onPage = (p: Page) => opened.push(p.url());
  session.context.on('page', onPage);
  const chip = await chipAfterFocus(page);
  expect(chip['data-state']).toBe('not-analysed');
  await page.waitForTimeout(500);
  session.context.off('page', onPage);
  expect(opened).toEqual([]);
  expect(attacker.requests.filter((p) => p === '/shell.html')).toHaveLength(1);
  await page.close();
});

test('the page cannot read the chip, learn what the request found, or click the chip by script', async () => {
  const page = await open('/attack-link.html');
  await chipAfterFocus(page);
  const opened: string[] = [];
  const onPage = (p: Page) => opened.push(p.url());
  session.context.on('page', onPage);
  const seen = await page.evaluate(() => {
    const host = document.querySelector('[data-policy-radar]');
    const root = host?.shadowRoot ?? null;
    // What an attacker would do with an open root: read the outcome, click "details" in a loop, dismiss.
    for (let i = 0; i < 5; i++) root?.querySelector<HTMLElement>('[data-testid=guard-chip-open]')?.click();
    host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    return {
      host: Boolean(host),
      root: root !== null,
      html: document.documentElement.outerHTML + (root?.innerHTML ?? ''),
    };
  });
  expect(seen).toMatchObject({ host: true, root: false });
  for (const leak of ['other-site', 'refused', 'fetch', 'data-reason', 'HTTP']) expect(seen.html).not.toContain(leak);
  // A focus event the page makes up is not the user's either.
  await page.evaluate(() =>
    document.querySelector('input')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true })),
  );
  await page.waitForTimeout(800);
  expect(opened).toEqual([]);
  expect(await byTestId(page, 'guard-chip')).not.toBeNull();

  // The user's own clicks work, and however many there are, one details tab.
  await clickTestId(page, 'guard-chip-open');
  await page.bringToFront();
  await clickTestId(page, 'guard-chip-open');
  await expect.poll(() => opened.length, { timeout: 5_000 }).toBe(1);
  await page.waitForTimeout(800);
  session.context.off('page', onPage);
  expect(opened).toHaveLength(1);
  expect(opened[0]).toContain('src/popup/index.html?tabId=');
  await page.close();
});

test('a page script cannot write the ledger; the salt is not in storage.local', async () => {
  const page = await open('/signup-plain.html');
  await page.evaluate(() => {
    const field = document.querySelector<HTMLInputElement>('#phone');
    const form = document.querySelector<HTMLFormElement>('#signup');
    field?.focus();
    for (let i = 0; i < 25; i++) {
      if (field) field.value = `1381234${String(i).padStart(4, '0')}`;
      field?.dispatchEvent(new Event('input', { bubbles: true }));
      form?.requestSubmit();
    }
  });
  await page.waitForTimeout(1_500);
  await page.goto('about:blank'); // and a pagehide
  await page.waitForTimeout(1_000);
  const stored = await session.worker.evaluate(() => chrome.storage.local.get(['ledger', 'ledgerSalt']));
  const entries = (stored.ledger as { entries?: unknown[] } | undefined)?.entries ?? [];
  expect(entries).toHaveLength(0);
  expect(stored.ledgerSalt).toBeUndefined();
  await page.close();
});
