/**
 * A candidate URL → the policy's text: fetch (from the worker when we hold the origin, else from inside
 * the same-origin page the user clicked on), decode, parse, and render it first when the static HTML is
 * an app shell (issue #4). Every dead end is a Stop with the reason the popup explains.
 */
import type { AuditProgress, PageInfo, ParsedPage } from '../messages';
import { decodeFetched, type Fetched } from './fetch-policy';
import { refusal, type Caller } from './reach';
import { Stop } from './stop';

export interface LoaderDeps {
  hasOrigin(origin: string): Promise<boolean>;
  /** `follow: false` stops at the first redirect (a Stop), so no request goes where we have not checked */
  fetchDirect(url: string, follow?: boolean): Promise<Fetched>;
  /** fetch from the page's own context: same-origin pages need no host permission (activeTab covers the tab) */
  fetchInTab(tabId: number, url: string, follow?: boolean): Promise<Fetched>;
  parse(html: string, url: string): Promise<ParsedPage>;
  /** load in a hidden context, let its scripts run, read the text after load */
  render(url: string): Promise<{ title: string; text: string }>;
  /** told where a long audit stands, for the popup's progress line (issue #17.4) */
  progress?(tabId: number, progress: AuditProgress): void;
}

/** Below this many characters a "policy" is a shell or an error page; real ones run to thousands. */
export const MIN_POLICY_CHARS = 200;

/**
 * How far an audit may go (issue #18). The guard's audits, started by a focus the page can fake, stay on the
 * page's site and never open a tab; the hidden rendering tab, which carries the user's cookies like any visit,
 * opens only when the user asked for it with a click in the popup.
 */
export interface LoadOptions {
  by: Caller;
  render?: boolean;
}

export interface LoadedPolicy {
  policy: PageInfo;
  text: string;
  /** read from a dialog open on the page (issue #17.2): its URL is the page's, which shows no policy by itself */
  inDialog?: true;
}

export async function loadPolicy(
  deps: LoaderDeps,
  tabId: number,
  tabUrl: string,
  url: string,
  opts: LoadOptions = { by: 'popup' },
): Promise<LoadedPolicy> {
  try {
    return await load(deps, tabId, tabUrl, url, opts);
  } catch (e) {
    // Whatever stopped us, the popup can still offer to open the policy we were after.
    if (e instanceof Stop && !e.policy) throw new Stop(e.reason, e.detail, { url, title: '' });
    throw e;
  }
}

async function load(
  deps: LoaderDeps,
  tabId: number,
  tabUrl: string,
  url: string,
  opts: LoadOptions,
): Promise<LoadedPolicy> {
  const asked: PageInfo = { url, title: '' };
  const refused = refusal(tabUrl, url, opts.by);
  if (refused) throw new Stop('refused-link', refused, asked);
  const origin = new URL(url).origin;
  const granted = await deps.hasOrigin(origin);
  const sameOrigin = origin === safeOrigin(tabUrl);
  // Only a user gesture in the popup may ask for another site's permission; the popup offers the button.
  if (!granted && !sameOrigin) throw new Stop('needs-permission', origin, asked);

  // The guard does not follow redirects at all: a redirect's target is requested before it could be checked.
  const follow = opts.by === 'popup';
  deps.progress?.(tabId, { stage: 'download' });
  const fetched = granted ? await deps.fetchDirect(url, follow) : await deps.fetchInTab(tabId, url, follow);
  deps.progress?.(tabId, { stage: 'read', size: fetched.bytes.length });
  // The policy is where the redirects ended (issue #17.6): that is the page the user would read and bookmark.
  const final = fetched.url || url;
  const redirected = refusal(tabUrl, final, opts.by);
  if (redirected) throw new Stop('refused-link', redirected, asked);
  const { html, plain } = decodeAt(fetched, final);
  if (plain) return { policy: { url: final, title: '' }, text: html };

  const parsed = await deps.parse(html, final);
  if (!parsed.scriptRendered && parsed.text.length >= MIN_POLICY_CHARS) {
    return { policy: { url: final, title: parsed.title }, text: parsed.text };
  }
  // A real visit, cookies and all: the popup explains that and offers it as a button.
  if (opts.by !== 'popup' || !opts.render) throw new Stop('needs-render', undefined, asked);
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
