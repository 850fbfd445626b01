/**
 * Resolves once the tab has finished loading its page, also when it finished before anyone asked. A tab
 * Firefox has just created reports status "complete" for its initial about:blank, before the requested URL
 * starts loading (its URL hidden from us, as we hold no permission for about:blank): that is not the page,
 * and injecting into it failed with "Missing host permission for the tab" (issue #15).
 */
export function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, info: chrome.tabs.OnUpdatedInfo, tab?: chrome.tabs.Tab) => {
      if (id !== tabId || info.status !== 'complete' || !isPage(tab)) return;
      chrome.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    chrome.tabs.onUpdated.addListener(listener);
    // It may have finished between tabs.create and the listener; a tab that is gone has nothing to wait for.
    void chrome.tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && listener(tabId, { status: 'complete' }, tab),
      () => listener(tabId, { status: 'complete' }),
    );
  });
}

/** Our tabs always load a URL we may see (a granted origin, or our own page); absent means not yet there. */
function isPage(tab: chrome.tabs.Tab | undefined): boolean {
  if (!tab) return true;
  return tab.url !== undefined && tab.url !== '' && tab.url !== 'about:blank';
}
