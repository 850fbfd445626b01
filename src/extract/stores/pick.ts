/**
 * The search every store adapter shares: look for a privacy link inside the app's own info section
 * first (found by selector or by its heading), then, failing that, anywhere outside the page chrome
 * while refusing the store's own legal pages. Structure decides first because a store's own app
 * (WeChat on 应用宝, Apple Music on the App Store) legitimately links to the store owner's policy.
 */

import { baseUrl, linkWords, resolveHref, scoreLink, squash } from '../link';
import type { PolicyCandidate } from '../types';

export interface PickOptions {
  /** Selectors of the sections that describe the app, best first. */
  scopes: readonly string[];
  /** Headings that title such a section ("App support", "应用信息"). */
  headings?: RegExp;
  /** The store's own policy and legal pages, excluded from the unscoped fallback. */
  storeOwn: RegExp;
}

/**
 * Page chrome: the store's header, navigation and footer never hold the app's policy. Chinese stores
 * build footers from <div class="footer"> or CSS-module names (Footer_footer__x1), hence the class match.
 */
const CHROME =
  'footer, header, nav, [role="contentinfo"], [role="navigation"], [role="banner"], [class*="footer"], [id*="footer"]';
/** In a scoped section the words still have to be privacy words, not "Terms" or "Email". */
const SCOPED_MIN = 50;
/** Unscoped, only an unmistakable policy title will do. */
const UNSCOPED_MIN = 85;

export function pickStorePolicy(doc: Document, pageUrl: string, opts: PickOptions): PolicyCandidate | null {
  const base = baseUrl(doc, pageUrl);
  for (const scope of scopes(doc, opts)) {
    const found = best(scope.querySelectorAll('a[href]'), base, pageUrl, SCOPED_MIN, null);
    if (found) return found;
  }
  return best(doc.querySelectorAll('a[href]'), base, pageUrl, UNSCOPED_MIN, opts.storeOwn);
}

function scopes(doc: Document, opts: PickOptions): Element[] {
  const found: Element[] = [];
  for (const sel of opts.scopes) found.push(...doc.querySelectorAll(sel));
  if (opts.headings) {
    for (const h of doc.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"], dt, button')) {
      if (!opts.headings.test(squash(h.textContent))) continue;
      // The section is the nearest ancestor that also holds links: headings and lists are often siblings.
      let el: Element | null = h;
      for (let i = 0; el && i < 4 && el.querySelector('a[href]') === null; i++) el = el.parentElement;
      if (el) found.push(el);
    }
  }
  return found.filter((el) => el.closest(CHROME) === null);
}

function best(
  links: Iterable<Element>,
  base: string,
  pageUrl: string,
  min: number,
  storeOwn: RegExp | null,
): PolicyCandidate | null {
  let top: PolicyCandidate | null = null;
  for (const a of links) {
    if (a.closest(CHROME) !== null) continue;
    const url = resolveHref(a.getAttribute('href'), base, pageUrl);
    if (url === null || (storeOwn !== null && storeOwn.test(url))) continue;
    const text = linkWords(a);
    const score = scoreLink(text, url);
    if (score >= min && (top === null || score > top.score)) top = { url, text, score, source: 'store' };
  }
  return top;
}
