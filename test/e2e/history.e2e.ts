/**
 * Issue #4 done-when for history: audits are listed, a changed policy is tracked, everything survives an
 * extension reload, and export → delete all → import gives the same history back.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { policyRoutes, scoreOf, signupLinking } from './audit-helpers';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const POLICY_V1 = readFileSync(PAGES + 'policies/privacy-ads.html', 'utf8');
const ADDED = '我们会将您的手机号码提供给合作的贷款机构，用于向您推荐贷款产品。';
// Inside the sharing section, where a real revision would put it (a clause after the footer is not policy text).
const POLICY_V2 = POLICY_V1.replace('<p>我们可能与关联公司共享', `<p>${ADDED}</p>\n    <p>我们可能与关联公司共享`);

let session: ExtensionSession;
let server: FixtureServer;
let profile: string;
const routes = policyRoutes(PAGES);

beforeAll(async () => {
  routes['/shop/signup.html'] = { body: signupLinking('/policies/changing.html') };
  routes['/policies/changing.html'] = { body: POLICY_V1 };
  server = await serveFixtures(PAGES, routes);
  profile = await mkdtemp(join(tmpdir(), 'policy-radar-history-'));
  session = await launchExtension({ profile });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

async function audit(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.origin + path);
  const popup = await openPopup(session, await tabIdOf(session, page));
  expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
  await page.close();
  return popup;
}

async function openHistory(): Promise<Page> {
  const history = await session.context.newPage();
  await history.setViewportSize({ width: 960, height: 760 });
  await history.goto(session.url('src/history/index.html'));
  await history.getByTestId('history-record').or(history.getByTestId('history-empty')).first().waitFor();
  return history;
}

const recordIds = (page: Page) =>
  page.getByTestId('history-record').evaluateAll((els) => els.map((el) => el.getAttribute('data-id')));

test('a re-audited policy whose text changed says so, with the added clause', async () => {
  (await audit('/shop/signup.html')).close();
  routes['/policies/changing.html'] = { body: POLICY_V2 };
  const popup = await audit('/shop/signup.html');
  const changed = popup.getByTestId('policy-changed');
  await changed.locator('summary').click();
  expect(await changed.textContent()).toContain(ADDED.slice(0, 12));
  await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup-changed.png') });
  await popup.close();
});

test('history lists the audits and survives an extension reload', async () => {
  for (const path of ['/signup.html', '/stores/apple.html', '/signup-gbk-policy.html']) (await audit(path)).close();
  const history = await openHistory();
  const before = await recordIds(history);
  expect(before.length).toBeGreaterThanOrEqual(4);
  expect(await history.getByTestId('history-changed').count()).toBe(1);
  await history.screenshot({ path: join(ARTIFACTS, 'history.png'), fullPage: true });
  await history.emulateMedia({ colorScheme: 'dark' });
  await history.screenshot({ path: join(ARTIFACTS, 'history-dark.png'), fullPage: true });
  await history.close();

  // A browser restart on the same profile reloads the extension from disk, as an update does; storage.local must
  // carry over. (chrome.runtime.reload() unloads a --load-extension extension for good in headless Chromium.)
  await session.close();
  session = await launchExtension({ profile });
  const after = await openHistory();
  expect(await recordIds(after)).toEqual(before);
  await after.close();
});

test('export JSON → delete all → import gives the same history back', async () => {
  const history = await openHistory();
  const before = await recordIds(history);
  const download = history.waitForEvent('download');
  await history.getByTestId('export-json').click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, 'utf8')) as { schema: number; records: unknown[] };
  expect(exported).toMatchObject({ schema: 1 });
  expect(exported.records).toHaveLength(before.length);

  history.once('dialog', (dialog) => void dialog.accept());
  await history.getByTestId('delete-all').click();
  await history.getByTestId('history-empty').waitFor();

  await history.getByTestId('import-json').setInputFiles(file);
  await expect.poll(() => recordIds(history)).toEqual(before);
  expect(await history.getByTestId('history-status').textContent()).toContain(`${before.length} audits imported`);
  const again = history.waitForEvent('download');
  await history.getByTestId('export-json').click();
  expect(JSON.parse(await readFile(await (await again).path(), 'utf8'))).toEqual(exported);
  await history.close();
});
