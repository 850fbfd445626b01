/**
 * Resolves once the tab has finished loading its page, also when it finished before anyone asked. A tab
 * Firefox has just created reports status "complete" for its initial about:blank, before the requested URL
 * starts loading (its URL hidden from us, as we hold no permission for about:blank): that is not the page,
 * and injecting into it failed with "Missing host permission for the tab" (issue #15).
 *
 * The tab is also asked again every half second: a "complete" that reached no listener (a busy machine's CI run
 * once waited a whole test's minute for one) must not hold the caller, and after 30 s it is held no longer — the
 * injection that follows then fails with its own clear error instead of never answering.
 */
export function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(poll);
      clearTimeout(limit);
      chrome.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, info: chrome.tabs.OnUpdatedInfo, tab?: chrome.tabs.Tab) => {
      if (id !== tabId || info.status !== 'complete' || !isPage(tab)) return;
      finish();
    };
    // It may have finished between tabs.create and the listener; a tab that is gone has nothing to wait for.
    const ask = () =>
      void chrome.tabs.get(tabId).then(
        (tab) => tab.status === 'complete' && listener(tabId, { status: 'complete' }, tab),
        () => listener(tabId, { status: 'complete' }),
      );
    chrome.tabs.onUpdated.addListener(listener);
    const poll = setInterval(ask, 500);
    const limit = setTimeout(finish, 30_000);
    ask();
  });
}

/** Our tabs always load a URL we may see (a granted origin, or our own page); absent means not yet there. */
function isPage(tab: chrome.tabs.Tab | undefined): boolean {
  if (!tab) return true;
  return tab.url !== undefined && tab.url !== '' && tab.url !== 'about:blank';
}
