/**
 * `?tabId=N` picks the tab to audit. It is the e2e test contract (issue #4): a test cannot click the toolbar,
 * so it opens the popup page in a tab of its own and names the page it stands for.
 */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}
