/**
 * The service worker's answers, with the browser passed in so they run under Node tests as well.
 * Issue #4 replaces the audit-tab body with discovery → fetch → extract → engine; until the engine
 * is wired in, the answer is an honest "not analysed", never a made-up score.
 */
import type { AuditTabResult, ContentToBG, Handlers, PageInfo, UIToBG } from '../messages';

export interface TabInfo {
  /** absent when we hold neither activeTab nor a host permission for the tab */
  url?: string;
  title?: string;
}

export interface BackgroundDeps {
  version: string;
  /** null when the tab does not exist (closed, or a bad id) */
  getTab(tabId: number): Promise<TabInfo | null>;
}

/** Pages the browser never lets an extension script or read, whatever the permissions. */
function isRestricted(url: string): boolean {
  if (!/^https?:/i.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === 'chromewebstore.google.com' || hostname === 'addons.mozilla.org';
}

export async function auditTab(deps: BackgroundDeps, tabId: number): Promise<AuditTabResult> {
  const tab = await deps.getTab(tabId);
  if (!tab) return { kind: 'not-analysed', reason: 'no-tab' };
  const page: PageInfo | undefined = tab.url ? { url: tab.url, title: tab.title ?? '' } : undefined;
  if (page && isRestricted(page.url)) return { kind: 'not-analysed', reason: 'restricted-page', page };
  return { kind: 'not-analysed', reason: 'engine-missing', page };
}

export function createHandlers(deps: BackgroundDeps): { ui: Handlers<UIToBG>; content: Handlers<ContentToBG> } {
  const ping = async () => ({ version: deps.version });
  return {
    ui: { ping, 'audit-tab': ({ tabId }) => auditTab(deps, tabId) },
    content: { ping },
  };
}
