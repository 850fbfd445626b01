/**
 * The store registry, sorted by id (STYLE.md point 9), and the one entry the caller uses.
 */

import type { PolicyCandidate } from '../types';
import { apple } from './apple';
import { googlePlay } from './google-play';
import { huawei } from './huawei';
import { tencent } from './tencent';
import type { StoreAdapter, StoreId } from './types';
import { xiaomi } from './xiaomi';

export type { StoreAdapter, StoreId } from './types';

export const STORES: readonly StoreAdapter[] = [apple, googlePlay, huawei, tencent, xiaomi];

export interface StoreMatch {
  store: StoreId;
  /** null: a store page whose listing has no policy link — itself a finding worth showing. */
  candidate: PolicyCandidate | null;
}

/**
 * The adapter for a URL. The page's canonical / og:url is consulted too, so a saved or mirrored
 * store page (and the loopback fixtures of the e2e tests) is still recognised by what it says it is.
 */
export function storeFor(doc: Document | null, url: string): StoreAdapter | null {
  const urls = [url];
  if (doc) {
    for (const sel of ['link[rel="canonical"][href]', 'meta[property="og:url"][content]']) {
      const v = doc.querySelector(sel)?.getAttribute(sel.startsWith('link') ? 'href' : 'content');
      if (v) urls.push(v);
    }
  }
  for (const u of urls) {
    const hit = STORES.find((s) => s.matches(u));
    if (hit) return hit;
  }
  return null;
}

/** null when the page is not an app-store listing; then the caller falls back to findPolicyLinks. */
export function findStorePolicy(doc: Document, url: string): StoreMatch | null {
  const adapter = storeFor(doc, url);
  if (!adapter) return null;
  return { store: adapter.id, candidate: adapter.find(doc, url) };
}
