/**
 * Service worker (Chrome) / event page (Firefox). The listener is registered synchronously at start-up:
 * MV3 wakes the worker for a message only if the listener exists in the first turn of the event loop.
 */
import browser from 'webextension-polyfill';
import { handle } from '../messages';
import { createHandlers } from './handlers';

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
});

browser.runtime.onMessage.addListener(handle(browser.runtime, handlers));
