/** Issue #2 done-when: the built extension loads in real Chromium, its worker answers and the popup renders. */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launchExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

let session: ExtensionSession;
let server: FixtureServer;
let page: Page;

const SIGNUP = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>注册</title></head>
<body><form><label>手机号 <input type="tel" name="phone"></label><button>获取验证码</button></form></body></html>`;

beforeAll(async () => {
  server = await serveFixtures(undefined, { '/signup.html': { body: SIGNUP } });
  session = await launchExtension();
  page = await session.context.newPage();
  await page.goto(`${server.origin}/signup.html`);
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

test('the service worker starts and answers ping with the version', async () => {
  expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  const popup = await session.context.newPage();
  await popup.goto(session.url('src/popup/index.html'));
  // Sent from our own page, as the popup would: the worker only answers senders it recognises.
  const pong = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping', payload: {} }));
  expect(pong).toEqual({ version: '0.1.0' });
  await popup.close();
});

test('the popup renders for ?tabId=N and says why there is no score (no policy link)', async () => {
  const popup = await openPopup(session, await tabIdOf(session, page));
  await expect.poll(() => popup.getByTestId('not-analysed').count()).toBe(1);
  expect(await popup.locator('h1').textContent()).toBe('PolicyRadar');
  expect(await popup.getByTestId('not-analysed').getAttribute('data-reason')).toBe('no-policy');
  expect(await popup.getByTestId('risk-score').count()).toBe(0);
  // The element, not the viewport: a real popup is as tall as its content.
  await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup.png') });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup-dark.png') });
  await popup.close();
});

test('the history page resolves from options_ui', async () => {
  const history = await session.context.newPage();
  await history.goto(session.url('src/history/index.html'));
  await expect.poll(() => history.getByTestId('history-empty').count()).toBe(1);
  await history.close();
});
