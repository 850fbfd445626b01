/**
 * Policies shown in a dialog rather than on a page of their own (issue #17.2): the consent link is often
 * `javascript:void(0)` and the text is injected on click. What the user sees in an open dialog is the policy
 * they are agreeing to, so it is read in place — never a download link inside it — and a policy link that
 * only opens by script is reported, so the popup can say "open it on the page, then click again".
 */
import { blockText, hidden } from './block-text';
import { squash } from './link';
import type { MainText } from './main-text';
import { POLICY_BODY_TERMS, POLICY_TITLES, bestScore, penalty } from './vocab';

/** Roles and the class names UI kits give their dialogs (Element, Ant Design, layui, Bootstrap…). */
const DIALOGS =
  'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [class*="modal"], [class*="dialog"], [class*="layer"], [class*="popup"]';
/** As for a fetched page: below this a "policy" is a summary, not the text. */
const MIN_CHARS = 200;
const MIN_TERMS = 4;
/** A link label is a few words; a sentence that mentions a policy is not a link to one. */
const MAX_LABEL = 24;

/** Hidden by the stylesheet counts too, where the page was rendered (a live tab has layout, jsdom has not). */
function visible(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (hidden(e)) return false;
  const check = (el as Element & { checkVisibility?(o: object): boolean }).checkVisibility;
  if (typeof check !== 'function') return true;
  return check.call(el, {
    opacityProperty: true,
    visibilityProperty: true,
    checkOpacity: true,
    checkVisibilityCSS: true,
  });
}

function titleOf(el: Element): string {
  const head = el.querySelector('h1, h2, h3, h4, [class*="title"]');
  return squash(head?.textContent).slice(0, 120);
}

/** The largest visible dialog whose text reads as a privacy policy, or null. */
export function openDialogPolicy(doc: Document): MainText | null {
  let found: MainText | null = null;
  for (const el of doc.querySelectorAll(DIALOGS)) {
    if (el === doc.body || el === doc.documentElement || !visible(el)) continue;
    const text = blockText(el);
    if (text.length < MIN_CHARS || text.length <= (found?.chars ?? 0)) continue;
    if (POLICY_BODY_TERMS.filter((re) => re.test(text)).length < MIN_TERMS) continue;
    // A dialog about something else (a coupon's rules, a cookie banner) is not titled like a policy.
    const title = titleOf(el) || (text.split('\n', 1)[0] ?? '').slice(0, 120);
    if (bestScore(title, POLICY_TITLES) < 70) continue;
    found = { title, text, chars: text.length, method: 'body' };
  }
  return found;
}

/** The words of a policy link that leads nowhere fetchable (script, `#`, a button), if there is one. */
export function policyBehindClick(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('a, button, [role="link"], [role="button"], [onclick]')) {
    const href = el.getAttribute('href');
    if (href !== null && !/^\s*(?:javascript:|#)/i.test(href)) continue;
    const words = squash(el.textContent || el.getAttribute('aria-label') || el.getAttribute('title'));
    if (words.length === 0 || words.length > MAX_LABEL || !visible(el)) continue;
    if (bestScore(words, POLICY_TITLES) >= 70 && penalty(words) < 30) return words;
  }
  return undefined;
}
