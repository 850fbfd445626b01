/**
 * Chrome's service worker has no DOMParser, so fetched HTML is parsed in an offscreen document
 * (reason DOM_PARSER); Firefox's background page has one and parses in place (issue #4).
 */
import browser from 'webextension-polyfill';
import { createSender, type BGToOffscreen, type ParsedPage } from '../messages';
import { parseHtml } from '../offscreen/parse';

const PATH = 'src/offscreen/index.html';
let creating: Promise<void> | null = null;

/** Idempotent; called early (at discovery) so the document is up by the time the policy has downloaded. */
export async function ensureOffscreen(): Promise<void> {
  if (typeof DOMParser === 'function' || !chrome.offscreen) return;
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [chrome.runtime.getURL(PATH)],
  });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: PATH,
      reasons: [chrome.offscreen.Reason.DOM_PARSER],
      justification: 'Parse a downloaded privacy policy page to extract its text.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export async function parseAnywhere(html: string, url: string): Promise<ParsedPage> {
  if (typeof DOMParser === 'function') return parseHtml(html, url);
  await ensureOffscreen();
  return createSender<BGToOffscreen>(browser.runtime)('parse-html', { html, url });
}
