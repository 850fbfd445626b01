/**
 * The Firefox side of the e2e tests (issue #15): Debian's firefox-esr driven by puppeteer-core over WebDriver
 * BiDi (no geckodriver exists here), with dist-e2e-firefox/ installed as a temporary add-on. Beside harness.ts,
 * which drives Chromium through Playwright; the fixture server is the same.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_DIST = fileURLToPath(new URL('../../dist-e2e-firefox', import.meta.url));
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in scripts/manifest-for.ts */
export const GECKO_ID = 'policy-radar@policyradar.invalid';
/** Fixed by pref, so the moz-extension:// base is known before the add-on is installed. */
export const UUID = '6f1e4c2a-5b3d-4e8f-9a7c-0d2b1e3f4a5c';

interface BidiSend {
  send(method: string, params: object): Promise<{ result: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface FirefoxSession {
  browser: Browser;
  profile: string;
  /** moz-extension://UUID/<path> */
  url(path: string): string;
  /** a new tab at `url`, loaded */
  open(url: string, size?: { width: number; height: number }): Promise<Page>;
  /** sets a tab's viewport (page.setViewport() fails on Firefox ESR 140, see below) */
  resize(page: Page, size: { width: number; height: number }): Promise<void>;
  /** navigates an existing tab; extension pages need this (see below) */
  navigate(page: Page, url: string): Promise<void>;
  /** an extension page kept open: it may call the extension APIs a test needs (tabs, permissions, storage) */
  control: Page;
  /** the browser's tab id of a page */
  tabIdOf(page: Page): Promise<number>;
  /**
   * What a click on the toolbar button gives the page's tab: the activeTab grant, through the same call the
   * button's handler makes (ext.tabManager.addActiveTabPermission). A headless browser has no toolbar to click.
   */
  grantActiveTab(page: Page): Promise<void>;
  /** whether BiDi reaches the browser's own window (Firefox 148+): grantActiveTab() needs it */
  chromeScope: boolean;
  /** the popup page in a tab of its own, standing for tab `tabId` (the ?tabId contract, issue #4) */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/**
 * `profile` is the caller's to keep: relaunching on it is how a test checks data survives a restart. A
 * temporary add-on is uninstalled when the browser closes, so the relaunch installs it again; the prefs keep
 * its UUID and its storage across that, as a permanently installed add-on keeps them across a restart.
 */
export async function launchFirefox(options: { profile?: string } = {}): Promise<FirefoxSession> {
  const ownProfile = options.profile === undefined;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'policy-radar-ff-')));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // BiDi may open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      // permissions.request() from a trusted click grants without a doorhanger no test could click.
      'extensions.webextOptionalPermissionPrompts': false,
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  const base = `moz-extension://${UUID}/`;
  const url = (path: string) => base + path.replace(/^\//, '');

  // page.goto() on a moz-extension:// page waits for events that never come; the BiDi navigate command does not.
  const navigate = async (page: Page, target: string) => {
    const frame = page.mainFrame() as unknown as {
      browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
    };
    await frame.browsingContext.navigate(target, 'complete');
  };
  // The viewport through BiDi's own command: page.setViewport() also sends emulation.setScreenOrientationOverride,
  // which Firefox ESR 140 (Debian bookworm's) does not know, and the whole suite failed on it.
  const connection = (browser as unknown as { connection: BidiSend }).connection;
  const resize = async (page: Page, size: { width: number; height: number }) => {
    const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
    await connection.send('browsingContext.setViewport', { context, viewport: size });
  };
  const open = async (target: string, size = { width: 1024, height: 768 }) => {
    const page = await browser.newPage();
    await resize(page, size);
    await navigate(page, target);
    return page;
  };

  // One extension page kept open for the extension APIs a test calls (a test has no handle on the background).
  const control = await open(url('src/options/index.html'));

  /**
   * Runs `body` in the browser's own window (chrome scope, allowed by --remote-allow-system-access) with
   * `ext`, the add-on's parent-side Extension object, and `tabOf(url)`, the tab showing `url`, in scope.
   */
  // The browser's own window is reachable over BiDi from Firefox 148 (bug 1851788); Debian bookworm's ESR 140
  // lists only content tabs, so what needs the chrome scope is asked another way or skipped there.
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeContext: string | undefined = (tree.result.contexts as Array<{ context: string; url: string }>).find(
    (c) => c.url.startsWith('chrome:'),
  )?.context;
  const inBrowser = async <T>(body: string, arg: unknown): Promise<T> => {
    const context = chromeContext;
    if (context === undefined) throw new Error('this Firefox exposes no chrome browsing context over BiDi');
    const expression = `(() => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(GECKO_ID)});
      const tabOf = (url) => gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === url);
      const arg = ${JSON.stringify(arg)};
      return JSON.stringify((() => { ${body} })() ?? null);
    })()`;
    const answer = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (answer.result.type !== 'success') throw new Error(`in the browser window: ${JSON.stringify(answer.result)}`);
    return JSON.parse(answer.result.result.value) as T;
  };

  // Asked of the browser where it can be (without a host permission the extension cannot see the URL); else of the
  // extension: the tab showing the URL, or — its URL hidden — the newest tab that is not one of the add-on's pages.
  const tabIdOf = async (page: Page) => {
    const id =
      chromeContext !== undefined
        ? await inBrowser<number | null>(
            'const t = tabOf(arg); return t ? ext.tabManager.getWrapper(t).id : null;',
            page.url(),
          )
        : await control.evaluate(async (target) => {
            const tabs = await chrome.tabs.query({});
            const shown = tabs.find((t) => t.url === target);
            if (shown) return shown.id ?? null;
            const hidden = tabs.filter((t) => t.url === undefined).sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
            return hidden[0]?.id ?? null;
          }, page.url());
    if (id === null) throw new Error(`no browser tab has the URL ${page.url()}`);
    return id;
  };

  return {
    browser,
    profile,
    url,
    open,
    resize,
    navigate,
    control,
    tabIdOf,
    chromeScope: chromeContext !== undefined,
    async grantActiveTab(page) {
      const ok = await inBrowser<boolean>(
        'const t = tabOf(arg); if (!t) return false; ext.tabManager.addActiveTabPermission(t); return true;',
        page.url(),
      );
      if (!ok) throw new Error(`no browser tab has the URL ${page.url()}`);
    },
    openPopup: (tabId) => open(url(`src/popup/index.html?tabId=${tabId}`), { width: 400, height: 480 }),
    async close() {
      await browser.close();
      if (ownProfile) await rm(profile, { recursive: true, force: true });
    },
  };
}
