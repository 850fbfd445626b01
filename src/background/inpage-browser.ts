/** The real browser behind InpageBrowser; every call is lazy, so importing this under Node is harmless. */
import { guardState, setGuard } from './guard-register';
import type { InpageBrowser } from './inpage';
import { loaded } from './tab-loaded';

const DISMISSED = 'guardDismissedSites';

async function dismissedSites(): Promise<string[]> {
  const got = await chrome.storage.local.get(DISMISSED);
  const list: unknown = got[DISMISSED];
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}

export const chromeInpage: InpageBrowser = {
  async inject({ tabId, frameId }, file) {
    const target = frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] };
    const [first] = await chrome.scripting.executeScript({ target, files: [file] });
    return first?.result;
  },
  async openTab(url, openerTabId) {
    let index: number | undefined;
    if (openerTabId !== undefined) index = (await chrome.tabs.get(openerTabId).catch(() => null))?.index;
    const tab = await chrome.tabs.create({
      url,
      ...(openerTabId !== undefined ? { openerTabId } : {}),
      ...(index !== undefined ? { index: index + 1 } : {}),
    });
    if (tab.id === undefined) return null;
    await loaded(tab.id);
    return tab.id;
  },
  async reuseTab(tabId, url) {
    const tab = await chrome.tabs.update(tabId, { url, active: true }).catch(() => null);
    return Boolean(tab);
  },
  extensionUrl: (path) => chrome.runtime.getURL(path),
  async select(tabId, quote) {
    // The highlight script's own world (ISOLATED, the default) holds the function it left there.
    const [first] = await chrome.scripting.executeScript({
      target: { tabId },
      func: (q: string) =>
        (globalThis as { policyRadarSelect?: (q: string) => Promise<string | null> }).policyRadarSelect?.(q) ?? null,
      args: [quote],
    });
    return typeof first?.result === 'string' ? first.result : null;
  },
  dismissed: {
    has: async (site) => (await dismissedSites()).includes(site),
    async add(site) {
      const list = await dismissedSites();
      if (!list.includes(site)) await chrome.storage.local.set({ [DISMISSED]: [...list, site] });
    },
  },
  guardState,
  setGuard,
};
