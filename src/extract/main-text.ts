/**
 * The policy's own words, without the site's navigation and footer, with paragraphs and list items
 * kept as lines because the engine segments on newlines and quotes whole sentences back to the user.
 */

import { Readability } from '@mozilla/readability';
import { blockText } from './block-text';
import { squash } from './link';
import { POLICY_BODY_TERMS } from './vocab';

export interface MainText {
  title: string;
  text: string;
  /** Length of text in UTF-16 code units, as the engine's spans count them. */
  chars: number;
  method: 'readability' | 'body';
}

/**
 * Readability trims chrome but drops blocks by class name (supplemental, remark, gdpr, sidebar…) and
 * by score, and on a legal page the dropped block may hold the very clause we look for. So its result
 * is kept only when it holds most of the page's text and every dropped line that reads like policy
 * prose; otherwise the whole body is audited, chrome and all — extra noise beats a missed clause.
 */
const MIN_SHARE = 0.5;
/** Below this Readability found nothing worth trusting. */
const MIN_READABILITY_CHARS = 200;
/** A dropped line this long with two policy terms in it is content, not a menu. */
const PROSE_LINE_CHARS = 20;

export function extractMainText(doc: Document, url: string): MainText {
  const bodyText = doc.body ? blockText(doc.body) : '';
  const title = pageTitle(doc);
  const article = readable(doc, url);
  if (
    article &&
    article.text.length >= MIN_READABILITY_CHARS &&
    article.text.length >= bodyText.length * MIN_SHARE &&
    !dropsPolicyProse(article.text, bodyText)
  ) {
    return { title: article.title || title, text: article.text, chars: article.text.length, method: 'readability' };
  }
  return { title, text: bodyText, chars: bodyText.length, method: 'body' };
}

function dropsPolicyProse(kept: string, all: string): boolean {
  return all
    .split('\n')
    .some(
      (line) =>
        line.length >= PROSE_LINE_CHARS &&
        !kept.includes(line) &&
        POLICY_BODY_TERMS.filter((re) => re.test(line)).length >= 2,
    );
}

function readable(doc: Document, url: string): { title: string; text: string } | null {
  // Readability mutates the document it is given; the caller's document (maybe the live page) must survive.
  const clone = doc.cloneNode(true) as Document;
  setBase(clone, url);
  try {
    // The serializer hands back the article node itself, so we can walk it for line structure.
    const parsed = new Readability<Node | null>(clone, { serializer: (node) => node }).parse();
    if (!parsed?.content) return null;
    return { title: squash(parsed.title), text: blockText(parsed.content) };
  } catch {
    // A page Readability cannot handle falls back to the body walk, never fails the audit.
    return null;
  }
}

/** Readability resolves relative links against the document URL, which a DOMParser document lacks. */
function setBase(doc: Document, url: string): void {
  if (!doc.head || doc.querySelector('base[href]')) return;
  try {
    const base = doc.createElement('base');
    base.setAttribute('href', new URL(url).href);
    doc.head.prepend(base);
  } catch {
    // An unparsable URL only costs us absolute links in a text we never render.
  }
}

function pageTitle(doc: Document): string {
  const h1 = squash(doc.querySelector('h1')?.textContent);
  return squash(doc.title) || h1;
}

/** Roots that single-page-app frameworks mount into; empty at load, full after scripts run. */
const APP_ROOTS = '#app, #root, #__next, #__nuxt, #main-app, [data-reactroot], [ng-app], [ng-version], app-root';
/** A shell says "加载中…" or "请启用JavaScript"; even the shortest real policy says more than this. */
const RENDERED_MIN_CHARS = 200;

/**
 * Whether the static HTML is a shell that scripts will fill in (common for policy pages built as
 * SPAs), so the caller renders it in a hidden context before extracting.
 */
export function looksScriptRendered(doc: Document): boolean {
  const text = doc.body ? blockText(doc.body) : '';
  if (text.length >= RENDERED_MIN_CHARS) return false;
  const scripts = doc.querySelectorAll(
    'script[src], script:not([type]), script[type="module"], script[type="text/javascript"]',
  );
  const appRoot = doc.querySelector(APP_ROOTS);
  return scripts.length > 0 || (appRoot !== null && squash(appRoot.textContent).length < RENDERED_MIN_CHARS);
}
