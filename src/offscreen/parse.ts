/**
 * Fetched HTML → the policy's main text. Needs DOMParser: Chrome's service worker has none, so there it
 * runs in the offscreen document; Firefox's background page has one and calls it directly (issue #4).
 */
import { extractMainText, looksScriptRendered } from '../extract';
import type { ParsedPage } from '../messages';

export function parseHtml(html: string, url: string): ParsedPage {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const main = extractMainText(doc, url);
  return { title: main.title, text: main.text, scriptRendered: looksScriptRendered(doc) };
}
