/**
 * Chrome's service worker has no DOMParser, so fetched HTML is parsed in an offscreen document
 * (reason DOM_PARSER); Firefox's background page has one and parses in place (issue #4).
 */
import browser from 'webextension-polyfill';
import { createSender, type BGToOffscreen, type ParsedPage } from '../messages';
import { parseHtml } from '../offscreen/parse';

const PATH = 'src/offscreen/index.html';
/** One creation for all callers: two audits racing to create it would make Chrome refuse the second. */
let ready: Promise<void> | null = null;

const existing = async () =>
  (
    await chrome.runtime.getContexts({
      contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
      documentUrls: [chrome.runtime.getURL(PATH)],
    })
  ).length > 0;

/** How long a new document may take to run its scripts; on a busy 2-core machine it took over 300 ms. */
const READY_TIMEOUT_MS = 5_000;
const READY_STEP_MS = 25;

async function create(): Promise<void> {
  if (await existing()) return;
  try {
    await chrome.offscreen.createDocument({
      url: PATH,
      reasons: [chrome.offscreen.Reason.DOM_PARSER],
      justification: 'Parse a downloaded privacy policy page to extract its text.',
    });
  } catch (e) {
    // "Only a single offscreen document may be created": an earlier life of this worker made it. Fine.
    if (!(await existing())) throw e;
  }
  await answering();
}

/**
 * createDocument resolves once the document exists, before its module scripts have run and added their
 * listener; a message sent then fails with "Could not establish connection. Receiving end does not exist".
 * That was the first audit of every session — the popup's first click, the guard's first chip (issue #15) —
 * retried once at once by parseAnywhere and lost on a busy machine. Ask until the document answers.
 */
async function answering(): Promise<void> {
  const ping = () => createSender<BGToOffscreen>(browser.runtime)('offscreen-ping', {});
  for (let waited = 0; ; waited += READY_STEP_MS) {
    try {
      await ping();
      return;
    } catch (e) {
      if (waited >= READY_TIMEOUT_MS) throw e;
      await new Promise((resolve) => setTimeout(resolve, READY_STEP_MS));
    }
  }
}

/** Idempotent; called early (at discovery) so the document is up by the time the policy has downloaded. */
export function ensureOffscreen(): Promise<void> {
  if (typeof DOMParser === 'function' || !chrome.offscreen) return Promise.resolve();
  ready ??= create().catch((e: unknown) => {
    ready = null;
    throw e;
  });
  return ready;
}

export async function parseAnywhere(html: string, url: string): Promise<ParsedPage> {
  if (typeof DOMParser === 'function') return parseHtml(html, url);
  const send = () => createSender<BGToOffscreen>(browser.runtime)('parse-html', { html, url });
  await ensureOffscreen();
  try {
    return await send();
  } catch {
    // The document can be gone (closed by the browser) while we still believe in it: make it again, once.
    ready = null;
    await ensureOffscreen();
    return send();
  }
}
