/** Resolves once the tab has finished loading, also when it finished before anyone asked. */
export function loaded(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const listener = (id: number, info: chrome.tabs.OnUpdatedInfo) => {
      if (id !== tabId || info.status !== 'complete') return;
      chrome.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    chrome.tabs.onUpdated.addListener(listener);
    // It may have finished between tabs.create and the listener.
    void chrome.tabs.get(tabId).then(
      (tab) => tab.status === 'complete' && listener(tabId, { status: 'complete' }),
      () => listener(tabId, { status: 'complete' }),
    );
  });
}
