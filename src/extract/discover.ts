/**
 * The one call a content script makes on the active tab (issue 4): is this page the policy itself,
 * an app-store listing, or a page that links to its policy? Candidates come back best first, in
 * that order of trust, so the background fetches candidates[0] and can offer the rest.
 */

import { findPolicyLinks, isPolicyPage } from './find-policy';
import { squash } from './link';
import { findStorePolicy, type StoreId } from './stores';
import type { PolicyCandidate, PolicyPageVerdict } from './types';

export interface Discovery {
  self: PolicyPageVerdict;
  /** Set on an app-store listing, even when the listing links no policy (a reason to show). */
  store: StoreId | null;
  candidates: PolicyCandidate[];
}

export function discoverPolicies(doc: Document, pageUrl: string): Discovery {
  const self = isPolicyPage(doc);
  const candidates: PolicyCandidate[] = [];
  if (self.isPolicy) {
    const url = new URL(pageUrl);
    url.hash = '';
    const text = squash(doc.title) || squash(doc.querySelector('h1')?.textContent);
    candidates.push({ url: url.href, text, score: Math.round(self.confidence * 100), source: 'self' });
  }
  const store = findStorePolicy(doc, pageUrl);
  if (store?.candidate) candidates.push(store.candidate);
  // A store page's other links are the store's own (its footer policy), never the app's: offer none.
  if (!store) {
    for (const c of findPolicyLinks(doc, pageUrl)) if (!candidates.some((d) => d.url === c.url)) candidates.push(c);
  }
  return { self, store: store?.store ?? null, candidates };
}
