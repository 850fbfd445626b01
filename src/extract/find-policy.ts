/**
 * Policy discovery on the page the user is about to sign up on (issue 4): every fetchable link,
 * scored by how policy-like its words and URL are, with a bonus when it sits in the consent label
 * beside the signup form — that is the policy the user is actually agreeing to.
 */

import { blockText } from './block-text';
import { baseUrl, linkWords, resolveHref, scoreLink, squash } from './link';
import type { PolicyCandidate, PolicyPageVerdict } from './types';
import { CONSENT_WORDS, POLICY_BODY_TERMS, POLICY_TITLES, bestScore, penalty } from './vocab';

const CONSENT_BONUS = 15;
const BRACKET_BONUS = 5;
/** A consent label is one sentence; anything longer is a paragraph that happens to say 同意. */
const MAX_LABEL_CHARS = 240;
const PAGE_CHROME = 'footer, nav, header, [role="contentinfo"], [role="navigation"]';

export function findPolicyLinks(doc: Document, pageUrl: string): PolicyCandidate[] {
  const base = baseUrl(doc, pageUrl);
  const byUrl = new Map<string, PolicyCandidate & { order: number }>();
  let order = 0;
  for (const a of doc.querySelectorAll('a[href], area[href]')) {
    const url = resolveHref(a.getAttribute('href'), base, pageUrl);
    if (url === null) continue;
    const words = linkWords(a);
    let score = scoreLink(words, url);
    if (score <= 0) continue;
    const inConsent = consentLabel(a) !== null;
    if (inConsent) score += CONSENT_BONUS;
    if (bracketed(a)) score += BRACKET_BONUS;
    const candidate = {
      url,
      text: words,
      score, // uncapped until the end, so the consent bonus still breaks ties between two 100s
      source: inConsent ? ('consent-label' as const) : ('link' as const),
      order: order++,
    };
    const seen = byUrl.get(url);
    // One URL linked twice (header + consent label) is one candidate with its best reading.
    if (!seen || candidate.score > seen.score) byUrl.set(url, seen ? { ...candidate, order: seen.order } : candidate);
  }
  return [...byUrl.values()]
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .map(({ url, text, score, source }) => ({ url, text, score: Math.min(100, score), source }));
}

/**
 * The label of a consent checkbox around this link, if any: an enclosing <label>, or a small
 * ancestor that holds a checkbox or says 同意/agree. Many Chinese signup pages have no checkbox
 * at all ("注册即表示同意《用户协议》"), hence the wording test.
 */
function consentLabel(a: Element): Element | null {
  // Footers and menus repeat the policy link for every page; only the form's own label is consent.
  if (a.closest(PAGE_CHROME)) return null;
  let el: Element | null = a.parentElement;
  // <body> is never a label, however short a test page's text.
  for (let depth = 0; el && depth < 4 && el !== el.ownerDocument.body; depth++, el = el.parentElement) {
    const text = squash(el.textContent);
    if (text.length > MAX_LABEL_CHARS) return null;
    const hasBox = el.matches('label') || el.querySelector('input[type="checkbox"], [role="checkbox"]') !== null;
    if (hasBox && (CONSENT_WORDS.test(text) || el.matches('label'))) return el;
    if (!hasBox && CONSENT_WORDS.test(text) && /《|「|\bprivacy\b/i.test(text)) return el;
  }
  return null;
}

/** 《隐私政策》 — the bracketed form is how Chinese legal text names a document, not a menu item. */
function bracketed(a: Element): boolean {
  const own = squash(a.textContent);
  if (/^《.*》$/.test(own)) return true;
  const parent = squash(a.parentElement?.textContent);
  return own !== '' && parent.includes(`《${own}》`);
}

/** Signals weighed by isPolicyPage; each adds to the confidence. */
const TITLE_WEIGHT = 0.45;
const LENGTH_WEIGHT = 0.25;
const TERMS_WEIGHT = 0.3;
/** Chinese is dense: 1,000 characters is already several sections; real policies run to 10,000+. */
const LONG_TEXT = 1000;
const MIN_TERMS = 5;

/**
 * Whether the page itself is a privacy policy, so the popup audits it in place instead of hunting
 * for links. A title alone is not enough (a news story headlined "…隐私政策…"), nor is vocabulary
 * alone (a help article); a policy title and policy vocabulary together are, and length adds to it.
 */
export function isPolicyPage(doc: Document): PolicyPageVerdict {
  const signals: string[] = [];
  let confidence = 0;
  const heads = [doc.title, ...[...doc.querySelectorAll('h1, h2')].slice(0, 3).map((h) => h.textContent ?? '')];
  if (heads.some((h) => bestScore(h, POLICY_TITLES) >= 70 && penalty(h) < 30)) {
    confidence += TITLE_WEIGHT;
    signals.push('title');
  }
  const text = doc.body ? blockText(doc.body) : '';
  if (text.length >= LONG_TEXT) {
    confidence += LENGTH_WEIGHT;
    signals.push('long-text');
  }
  const terms = POLICY_BODY_TERMS.filter((re) => re.test(text)).length;
  if (terms >= MIN_TERMS) {
    confidence += TERMS_WEIGHT * Math.min(1, terms / (MIN_TERMS + 3));
    signals.push(`terms:${terms}`);
  }
  confidence = Math.round(Math.min(1, confidence) * 100) / 100;
  const hasTerms = signals.some((sig) => sig.startsWith('terms:'));
  return { isPolicy: signals.includes('title') && hasTerms && confidence >= 0.6, confidence, signals };
}
