/**
 * Issue #4 done-when, in real Chromium with dist-e2e/: from a signup or store page to a score in the popup,
 * across origins, charsets and script-rendered policies, and a clear "not analysed" when there is no policy.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS,
  launchExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
  type FixtureServer,
} from './harness';
import { policyRoutes, scoreOf } from './audit-helpers';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

let session: ExtensionSession;
let server: FixtureServer;
const timings: number[] = [];

beforeAll(async () => {
  server = await serveFixtures(PAGES, policyRoutes(PAGES));
  session = await launchExtension();
  await mkdir(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  if (timings.length) {
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(`click-to-score ms: median ${sorted[Math.floor(sorted.length / 2)]}, all ${timings.join(', ')}`);
  }
  await session?.close();
  await server?.close();
});

async function auditPage(path: string, origin = server.origin) {
  const page = await session.context.newPage();
  await page.goto(`${origin}${path}`);
  const tabId = await tabIdOf(session, page);
  const started = performance.now();
  const popup = await openPopup(session, tabId);
  const outcome = await scoreOf(popup);
  if (outcome.kind === 'score') timings.push(Math.round(performance.now() - started));
  return { page, popup, outcome };
}

describe('signup pages', () => {
  test('same-origin policy link → score, level and findings', async () => {
    for (let i = 0; i < 3; i++) {
      const { page, popup, outcome } = await auditPage('/signup.html');
      expect(outcome).toMatchObject({ kind: 'score' });
      expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
      expect(await popup.getByTestId('risk-level').getAttribute('data-level')).toMatch(/low|medium|high|severe/);
      expect(await popup.getByTestId('policy-title').textContent()).toBeTruthy();
      if (i === 0) await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup-signup.png') });
      await popup.close();
      await page.close();
    }
  });

  test('no policy link → not analysed, no-policy', async () => {
    const { page, popup, outcome } = await auditPage('/no-policy.html');
    expect(outcome).toEqual({ kind: 'not-analysed', reason: 'no-policy' });
    expect(await popup.getByTestId('risk-score').count()).toBe(0);
    await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, 'popup-not-analysed.png') });
    await popup.close();
    await page.close();
  });
});
