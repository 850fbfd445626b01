/**
 * Shared by every e2e test: launch Debian's Chromium with dist-e2e/ loaded, find the extension id,
 * and serve fixture pages on 127.0.0.1 (the only hosts the e2e build may read, issue #4).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const DIST = fileURLToPath(new URL('../../dist-e2e', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://ID/<path> */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * `lang` is the browser's UI language, which picks the extension's _locales folder. Debian's `chromium` ships
 * only en-US.pak; other UI languages (zh-CN, zh-TW) need the `chromium-l10n` package, else Chromium stays en-US.
 */
export async function launchExtension(options: { lang?: string; profile?: string } = {}): Promise<ExtensionSession> {
  const lang = options.lang ?? 'en-US';
  // A given profile is the caller's to keep: relaunching on it is how a test checks data survives a restart.
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'policy-radar-e2e-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: lang,
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      // Headless Chromium takes its UI language, and so chrome.i18n's, from --lang.
      `--lang=${lang}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-sandbox',
    ],
  });
  // The worker may have started before we looked, or may still be starting.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    url: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      if (ownProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's tab id of a Playwright page, found by URL (the e2e build may see 127.0.0.1 URLs). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no browser tab has the URL ${url}`);
  return id;
}

/** Opens the popup page in a tab of its own, standing for tab `tabId` (the ?tabId contract, issue #4). */
export async function openPopup(session: ExtensionSession, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 480 });
  await popup.goto(session.url(`src/popup/index.html?tabId=${tabId}`));
  return popup;
}

export { serveFixtures, type FixtureServer } from './serve';
