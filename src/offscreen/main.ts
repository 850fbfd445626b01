/** The offscreen document (reason DOM_PARSER): parses HTML for the service worker and nothing else. */
import browser from 'webextension-polyfill';
import { handleOwn, offscreenGuards } from '../messages';
import { parseHtml } from './parse';

browser.runtime.onMessage.addListener(
  handleOwn(browser.runtime, offscreenGuards, {
    'parse-html': async ({ html, url }) => parseHtml(html, url),
    // Nothing but messaging here: an offscreen document has no other extension API (not even getManifest).
    'offscreen-ping': async () => ({ ready: true as const }),
  }),
);
