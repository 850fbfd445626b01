import type { PolicyCandidate } from '../types';

export type StoreId = 'apple' | 'google-play' | 'huawei' | 'tencent' | 'xiaomi';

/**
 * One app store. An adapter knows where that store puts the app's own privacy-policy link, so it is
 * never fooled by the store's own policy in the footer (issue 4).
 */
export interface StoreAdapter {
  id: StoreId;
  /** Human name for the popup ("found on Google Play"). */
  name: string;
  /** True for the store's app-detail pages. */
  matches(url: string): boolean;
  /** The app's own policy link, or null when the listing has none. */
  find(doc: Document, url: string): PolicyCandidate | null;
}

export function hostIs(url: string, hosts: readonly string[], path?: RegExp): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return hosts.includes(u.hostname.toLowerCase()) && (path === undefined || path.test(u.pathname));
}
