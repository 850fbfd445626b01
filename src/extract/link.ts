/**
 * Shared helpers for reading a link the way a user sees it: its words, the label beside it, and the
 * URL it really points to. Used by findPolicyLinks and by every app-store adapter.
 */

import { AGREEMENT_TITLES, POLICY_TITLES, URL_HINTS, bestScore, penalty } from './vocab';

/** Schemes we can never fetch a policy from. */
const UNFETCHABLE = /^\s*(?:javascript|mailto|tel|sms|data|blob|about):/i;

/** Link words that say nothing ("点击查看"): the real label is then in a neighbouring element. */
const VAGUE_TEXT =
  /^(?:点击)?(?:查看|详情|詳情|链接|連結|点击这里|點擊這裡|here|view|link|more|open|查看详情|查看詳情|>+|›|→)?[:：\s]*$/i;

export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The document's base for relative hrefs: <base href> if any, else the page URL. */
export function baseUrl(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return pageUrl;
  try {
    return new URL(href, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

/**
 * Absolute http(s) URL without the fragment, or null. Anchors into the current page ("#privacy")
 * are dropped: the page is either the policy itself (isPolicyPage) or a modal we cannot fetch.
 */
export function resolveHref(raw: string | null, base: string, pageUrl: string): string | null {
  if (raw === null || raw.trim() === '' || UNFETCHABLE.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const here = new URL(pageUrl);
  here.hash = '';
  if (raw.trim().startsWith('#') && url.href === here.href) return null;
  return url.href;
}

/**
 * What the link says, falling back to title / aria-label, and for vague words ("查看") to the label
 * beside it — stores lay out "隐私政策：<a>查看</a>" as key/value pairs (dt/dd, li/li, span/a).
 */
export function linkWords(a: Element): string {
  const own = squash(a.textContent);
  const attrs = squash([a.getAttribute('aria-label'), a.getAttribute('title')].filter(Boolean).join(' '));
  const words = squash(`${own} ${attrs}`);
  if (!VAGUE_TEXT.test(own) || attrs) return words || own;
  return squash(`${neighbourLabel(a)} ${own}`);
}

function neighbourLabel(a: Element): string {
  const prev = a.previousElementSibling;
  if (prev && squash(prev.textContent)) return squash(prev.textContent);
  const parent = a.parentElement;
  if (!parent) return '';
  const parentText = squash(parent.textContent).replace(squash(a.textContent), '');
  if (parentText.length > 0 && parentText.length <= 30) return parentText;
  return squash(parent.previousElementSibling?.textContent).slice(0, 30);
}

/** Score of the words and URL alone, before the caller adds context (consent label, store section). */
export function scoreLink(words: string, url: string): number {
  const title = bestScore(words, POLICY_TITLES);
  const agreement = bestScore(words, AGREEMENT_TITLES);
  let path = url;
  try {
    const u = new URL(url);
    path = `${u.hostname}${u.pathname}`;
  } catch {
    // keep the raw string: scoring must not throw on odd hrefs
  }
  const hint = bestScore(path, URL_HINTS);
  // A URL hint alone (icon link, "查看") is worth something; with matching words it only confirms them.
  const base = title > 0 ? title + hint / 4 : agreement > 0 ? agreement + hint / 2 : hint;
  return Math.max(0, Math.min(100, Math.round(base - penalty(words))));
}
