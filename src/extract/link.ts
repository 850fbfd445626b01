/**
 * Shared helpers for reading a link the way a user sees it: its words, the label beside it, and the
 * URL it really points to. Used by findPolicyLinks and by every app-store adapter.
 */

import { AGREEMENT_TITLES, POLICY_TITLES, URL_HINTS, bestScore, penalty } from './vocab';

/** Schemes we can never fetch a policy from. */
const UNFETCHABLE = /^\s*(?:javascript|mailto|tel|sms|data|blob|about):/i;

/** Link words that say nothing ("点击查看"): the real label is then in a neighbouring element. */
const VAGUE_TEXT =
  /^(?:点击)?(?:查看|详情|詳情|链接|連結|点击这里|點擊這裡|here|view|link|more|open|查看详情|查看詳情|>+|›|→)[:：\s]*$/i;
/** Keys in a key/value row are short ("隐私政策：", "Privacy policy"); longer text is a sentence. */
const LABEL_CHARS = 30;

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
  if (raw.trim().startsWith('#') && url.href === withoutHash(pageUrl)) return null;
  return url.href;
}

function withoutHash(href: string): string {
  try {
    const u = new URL(href);
    u.hash = '';
    return u.href;
  } catch {
    return href;
  }
}

/**
 * What the link says, falling back to title / aria-label, and for vague words ("查看") to the label
 * beside it — stores lay out "隐私政策：<a>查看</a>" as key/value pairs (dt/dd, li/li, span/a).
 */
export function linkWords(a: Element): string {
  const own = squash(a.textContent);
  // <area> and image maps carry their words in alt.
  const attrs = squash(['aria-label', 'title', 'alt'].map((n) => a.getAttribute(n) ?? '').join(' '));
  if (!VAGUE_TEXT.test(own) || attrs) return squash(`${own} ${attrs}`);
  return squash(`${neighbourLabel(a)} ${own}`);
}

/**
 * The key beside a "查看" value. Text inside other links never counts: in a footer row
 * "<a>隐私政策</a><a>查看</a>" the second link is not the policy's.
 */
function neighbourLabel(a: Element): string {
  const prev = a.previousElementSibling ? plainText(a.previousElementSibling) : '';
  if (prev) return prev;
  const parent = a.parentElement;
  if (!parent || parent === a.ownerDocument.body) return '';
  const inParent = [...parent.childNodes]
    .filter((n) => n !== a)
    .map((n) => (n.nodeType === 1 ? plainText(n as Element) : squash(n.textContent)))
    .join(' ');
  if (squash(inParent).length > 0) return squash(inParent).slice(0, LABEL_CHARS);
  return parent.previousElementSibling ? plainText(parent.previousElementSibling) : '';
}

/** An element's words if it holds no link of its own, capped to label length. */
function plainText(el: Element): string {
  if (el.matches('a[href]') || el.querySelector('a[href]')) return '';
  return squash(el.textContent).slice(0, LABEL_CHARS);
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
