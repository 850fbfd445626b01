/**
 * Service worker (Chrome) / event page (Firefox). The listener is registered synchronously at start-up:
 * MV3 wakes the worker for a message only if the listener exists in the first turn of the event loop.
 */
import browser from 'webextension-polyfill';
import { audit } from '../engine';
import { toRecord } from '../history/record';
import { historyStore } from '../history/store';
import { ensureSalt, idbArea } from '../ledger/salt';
import { ledgerStore } from '../ledger/store';
import { handle } from '../messages';
import { holdsOrigin } from '../shared/origin-pattern';
import { setBadge } from './badge';
import { reportCache } from './cache';
import { fetchBytes } from './fetch-policy';
import { followPermissionChanges, restoreGuard } from './guard-register';
import { discoverInFrames } from './discover-frames';
import { createHandlers } from './handlers';
import { ensureOffscreen, parseAnywhere } from './offscreen-client';
import { fetchInTab, renderInHiddenTab } from './tab-scripts';

const history = historyStore(chrome.storage.local);
/** The ledger's salt, where content scripts cannot read it (issue #18). */
const secrets = idbArea();

const handlers = createHandlers({
  version: browser.runtime.getManifest().version,
  async getTab(tabId) {
    try {
      const tab = await browser.tabs.get(tabId);
      return { url: tab.url, title: tab.title };
    } catch {
      return null;
    }
  },
  discover(tabId) {
    // Started alongside discovery so the parser is ready when the download lands.
    void ensureOffscreen().catch(() => undefined);
    return discoverInFrames(tabId);
  },
  hasOrigin: (origin) => holdsOrigin(chrome.permissions, origin),
  fetchDirect: (url, follow) => fetchBytes(url, fetch, undefined, follow),
  fetchInTab,
  parse: parseAnywhere,
  render: renderInHiddenTab,
  audit: (text) => audit(text),
  cache: reportCache(chrome.storage.session),
  record: (page, policy, report) => history.add(toRecord(page, policy, report, new Date())),
  badge: setBadge,
  ledger: {
    store: ledgerStore(chrome.storage.local),
    salt: () => ensureSalt(secrets, chrome.storage.local),
    session: chrome.storage.session,
  },
});

browser.runtime.onMessage.addListener(handle(browser.runtime, handlers));
followPermissionChanges();
void restoreGuard().catch(() => undefined);
// Made (or moved out of storage.local, where an older version kept it) at start-up (issue #18).
void ensureSalt(secrets, chrome.storage.local).catch(() => undefined);
// Where the browser supports it, storage.local (history, ledger) is for our own pages and worker only.
void (chrome.storage.local as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> })
  .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
  ?.catch(() => undefined);
