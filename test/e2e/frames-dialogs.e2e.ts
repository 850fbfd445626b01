/**
 * Issue #17.1 and #17.2 in real Chromium: a login box in an iframe (same origin and another origin) is
 * scored and the popup names the frame; a policy that only exists in a script-built dialog is reported as
 * "open it on the page, then click again" before the dialog opens, and read from the screen after.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { scoreOf } from './audit-helpers';
import { ARTIFACTS, openPopup, tabIdOf } from './harness';
import { fill, openWithPopup, scheme, startWorld, type PagesWorld, SHOT } from './pages-helpers';

let world: PagesWorld;

beforeAll(async () => {
  // E2E_LANG=zh-TW (with a Chromium that has its locale paks) is how the screenshots were taken in each UI.
  world = await startWorld({ lang: process.env.E2E_LANG ?? 'zh-CN' });
  world.routes['/real/login-same.html'] = fill('login-iframe.html', { FRAME_SRC: 'login-frame.html' });
  world.routes['/real/login-cross.html'] = fill('login-iframe.html', {
    FRAME_SRC: `${world.other}/real/login-frame.html`,
  });
});

afterAll(async () => world?.close());

describe('a login box in an iframe (issue #17.1)', () => {
  test.each([
    ['same origin', '/real/login-same.html', () => world.server.origin],
    ['another origin', '/real/login-cross.html', () => world.other],
  ])('%s → a score, and the popup says which frame', async (name, path, frameOrigin) => {
    const { page, popup } = await openWithPopup(world, `${world.server.origin}${path}`);
    const outcome = await scoreOf(popup);
    expect(outcome, name).toMatchObject({ kind: 'score' });
    expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
    expect(await popup.locator('.score-card .url').first().textContent()).toContain('/policies/privacy-ads.html');
    const frame = popup.getByTestId('policy-frame');
    expect(await frame.getAttribute('data-frame')).toBe(`${frameOrigin()}/real/login-frame.html`);
    expect(await frame.textContent()).toContain(`${frameOrigin()}/real/login-frame.html`);
    await popup
      .locator('.popup')
      .screenshot({ path: join(ARTIFACTS, `pages-iframe-${path.includes('cross') ? 'cross' : 'same'}${SHOT}.png`) });
    await popup.close();
    await page.close();
  });
});

describe('a policy in a script-built dialog (issue #17.2)', () => {
  test('before it opens: "open the policy on the page, then click again", with no page to open instead', async () => {
    const { page, popup } = await openWithPopup(world, `${world.server.origin}/real/modal.html`);
    expect(await scoreOf(popup)).toEqual({ kind: 'not-analysed', reason: 'policy-behind-click' });
    expect(await popup.getByTestId('open-policy').count()).toBe(0);
    await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, `pages-modal-closed${SHOT}.png`) });
    await popup.close();
    await page.close();
  });

  test('after it opens: the text on screen is read, not the download link inside the dialog', async () => {
    const page = await world.session.context.newPage();
    await page.goto(`${world.server.origin}/real/modal.html`);
    await page.locator('#privacy').click();
    await page.locator('.modal-box').waitFor();
    const popup = await openPopup(world.session, await tabIdOf(world.session, page));
    await scheme(popup);
    expect(await scoreOf(popup)).toMatchObject({ kind: 'score' });
    expect(await popup.getByTestId('policy-title').textContent()).toBe('青禾优选隐私政策');
    expect(await popup.getByTestId('finding').count()).toBeGreaterThan(0);
    expect(world.server.requests.some((p) => p.startsWith('/files/'))).toBe(false);
    // The page's URL shows no policy until the dialog is opened again: nothing to open or paint there.
    expect(await popup.getByTestId('open-policy').count()).toBe(0);
    expect(await popup.getByTestId('show-in-page').count()).toBe(0);
    await popup.locator('.popup').screenshot({ path: join(ARTIFACTS, `pages-modal-open${SHOT}.png`) });
    await popup.close();
    await page.close();
  });
});
