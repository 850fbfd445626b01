/**
 * A candidate URL → the policy's text: fetch (from the worker when we hold the origin, else from inside
 * the same-origin page the user clicked on), decode, parse, and render it first when the static HTML is
 * an app shell (issue #4). Every dead end is a Stop with the reason the popup explains.
 */
import type { AuditProgress, PageInfo, ParsedPage } from '../messages';
import { decodeFetched, type Fetched } from './fetch-policy';
import { Stop } from './stop';

export interface LoaderDeps {
  hasOrigin(origin: string): Promise<boolean>;
  fetchDirect(url: string): Promise<Fetched>;
  /** fetch from the page's own context: same-origin pages need no host permission (activeTab covers the tab) */
  fetchInTab(tabId: number, url: string): Promise<Fetched>;
  parse(html: string, url: string): Promise<ParsedPage>;
  /** load in a hidden context, let its scripts run, read the text after load */
  render(url: string): Promise<{ title: string; text: string }>;
  /** told where a long audit stands, for the popup's progress line (issue #17.4) */
  progress?(tabId: number, progress: AuditProgress): void;
}

/** Below this many characters a "policy" is a shell or an error page; real ones run to thousands. */
export const MIN_POLICY_CHARS = 200;

export interface LoadedPolicy {
  policy: PageInfo;
  text: string;
  /** read from a dialog open on the page (issue #17.2): its URL is the page's, which shows no policy by itself */
  inDialog?: true;
}

export async function loadPolicy(deps: LoaderDeps, tabId: number, tabUrl: string, url: string): Promise<LoadedPolicy> {
  try {
    return await load(deps, tabId, tabUrl, url);
  } catch (e) {
    // Whatever stopped us, the popup can still offer to open the policy we were after.
    if (e instanceof Stop && !e.policy) throw new Stop(e.reason, e.detail, { url, title: '' });
    throw e;
  }
}

async function load(deps: LoaderDeps, tabId: number, tabUrl: string, url: string): Promise<LoadedPolicy> {
  const origin = new URL(url).origin;
  const granted = await deps.hasOrigin(origin);
  const sameOrigin = origin === safeOrigin(tabUrl);
  const asked: PageInfo = { url, title: '' };
  // Only a user gesture in the popup may ask for another site's permission; the popup offers the button.
  if (!granted && !sameOrigin) throw new Stop('needs-permission', origin, asked);

  deps.progress?.(tabId, { stage: 'download' });
  const fetched = granted ? await deps.fetchDirect(url) : await deps.fetchInTab(tabId, url);
  deps.progress?.(tabId, { stage: 'read', size: fetched.bytes.length });
  // The policy is where the redirects ended (issue #17.6): that is the page the user would read and bookmark.
  const final = fetched.url || url;
  const { html, plain } = decodeAt(fetched, final);
  if (plain) return { policy: { url: final, title: '' }, text: html };

  const parsed = await deps.parse(html, final);
  if (!parsed.scriptRendered && parsed.text.length >= MIN_POLICY_CHARS) {
    return { policy: { url: final, title: parsed.title }, text: parsed.text };
  }
  // Rendering opens the page in a tab of its own, which activeTab does not cover: it needs the origin.
  if (!granted) throw new Stop('needs-permission', origin, asked);
  const rendered = await deps.render(final);
  return { policy: { url: final, title: rendered.title || parsed.title }, text: rendered.text };
}

/** A PDF or an HTTP error met after redirects is reported at the URL where it was met. */
function decodeAt(fetched: Fetched, final: string): { html: string; plain: boolean } {
  try {
    return decodeFetched(fetched);
  } catch (e) {
    throw e instanceof Stop && !e.policy ? new Stop(e.reason, e.detail, { url: final, title: '' }) : e;
  }
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
