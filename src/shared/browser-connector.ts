/** The real Connector, over webextension-polyfill so Chrome and Firefox share one code path. */
import browser from 'webextension-polyfill';
import { historyStore } from '../history/store';
import { manualNumber } from '../ledger/manual';
import { ensureSalt, idbArea } from '../ledger/salt';
import { ledgerStore } from '../ledger/store';
import { createSender, type UIToBG } from '../messages';
import type { Connector } from './connector';
import { originPattern } from './origin-pattern';

export function browserConnector(): Connector {
  const send = createSender<UIToBG>(browser.runtime);
  return {
    lang: browser.i18n.getUILanguage(),
    version: browser.runtime.getManifest().version,
    // Falling back to the key keeps a missing translation visible instead of rendering an empty label.
    t: (key, ...substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    auditTab: (tabId, render) => send('audit-tab', render ? { tabId, render } : { tabId }),
    auditProgress: (tabId) => send('audit-progress', { tabId }).catch(() => null),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    openHistory: () => browser.runtime.openOptionsPage(),
    requestOrigin: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
    async openPolicy(url, finding) {
      // Issue #5: open it with highlights when we may script its origin — asked here, in the click that opens it
      // (an origin already granted is not asked again). Refused, or not http(s): open it plain.
      const origin = /^https?:\/\//i.test(url) ? new URL(url).origin : null;
      const granted = origin
        ? await browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false)
        : false;
      if (granted) {
        await send('open-highlighted', { url, ...(finding ? { quote: finding.quote } : {}) });
        return;
      }
      await browser.tabs.create({ url });
    },
    openPage: async (url) => void (await browser.tabs.create({ url })),
    history: historyStore(browser.storage.local),
    ledger: ledgerStore(browser.storage.local),
    async ledgerAdd(tabId, raw) {
      const number = await manualNumber(raw, () => ensureSalt(idbArea(), browser.storage.local));
      if (!number) return false;
      const answer = await send('ledger-add', { tabId, ...number }).catch(() => ({ ok: false }));
      return answer.ok;
    },
    copyText: (text) =>
      navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      ),
    saveFile(name, content, type) {
      const href = URL.createObjectURL(new Blob([content], { type }));
      const a = Object.assign(document.createElement('a'), { href, download: name });
      a.click();
      // Revoked after the click has been handled; the download keeps its own reference.
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    },
  };
}
