/**
 * The message protocol between extension contexts, one map per direction (STYLE.md point 6).
 * Each entry names its request and its response, so `send()` and `handle()` are typed end to end.
 * Only types are imported from webextension-polyfill: this module is loaded by Node tests too.
 */
import type { Runtime } from 'webextension-polyfill';
import type { AuditReport } from './engine/types';
import type { LedgerEntry } from './ledger/schema';

interface Rpc<Req, Res> {
  req: Req;
  res: Res;
}
type Protocol = { [type: string]: Rpc<unknown, unknown> };
export type ReqOf<P extends Protocol, K extends keyof P> = P[K]['req'];
export type ResOf<P extends Protocol, K extends keyof P> = P[K]['res'];

export interface Pong {
  version: string;
}

export interface PageInfo {
  url: string;
  title: string;
}

/** Why no score is shown. Each has a locale string saying what the user can do (issue #4). */
export type NotAnalysedReason =
  | 'engine-missing'
  | 'no-tab'
  | 'restricted-page'
  | 'no-policy'
  | 'fetch-failed'
  | 'timeout'
  | 'not-html'
  | 'not-a-policy'
  /** the page would not let us run discovery (no activeTab grant, e.g. the popup was not opened from it) */
  | 'no-access'
  /** the policy lives on another origin whose optional host permission the user has not granted; detail = origin */
  | 'needs-permission'
  /** the page chose a link PolicyRadar will not request for it (issue #18); detail = why, never shown in the page */
  | 'refused-link'
  /** the policy is drawn by scripts: reading it means a real visit, which only a click in the popup starts */
  | 'needs-render'
  /** the policy link opens only by script (a dialog): nothing to fetch until it is open; detail = its words */
  | 'policy-behind-click';

/** Re-auditing a policy whose text changed since the last stored audit (issue #4 change tracking). */
export interface PolicyChange {
  /** ISO date of the previous audit with a different text hash */
  since: string;
  previousScore: number | null;
  /** finding quotes new in this text / gone since then, compared normalised */
  added: string[];
  removed: string[];
}

/** `frame`: the URL of the iframe the policy was found in, when it was not the top page (issue #17.1). */
export type AuditTabResult =
  | {
      kind: 'analysed';
      page: PageInfo;
      policy: PageInfo;
      report: AuditReport;
      change?: PolicyChange;
      frame?: string;
      /** the text came from a dialog open on the page: its URL cannot be opened to show it (issue #17.2) */
      inDialog?: true;
    }
  | {
      kind: 'not-analysed';
      reason: NotAnalysedReason;
      page?: PageInfo;
      policy?: PageInfo;
      detail?: string;
      frame?: string;
    };

/** Where an audit stands while a large policy is read (issue #17.4); the popup polls it while it waits. */
export interface AuditProgress {
  stage: 'discover' | 'download' | 'read' | 'analyse';
  /** bytes downloaded (read), or characters of text (analyse) */
  size?: number;
}

/** From our own pages (popup, history) to the service worker. */
export type UIToBG = {
  ping: Rpc<Record<string, never>, Pong>;
  /** `render`: the user clicked "read it in a background tab" (issue #18); nothing else opens that tab */
  'audit-tab': Rpc<AuditTabRequest, AuditTabResult>;
  /** how far the running audit of tab N is; null when none runs */
  'audit-progress': Rpc<{ tabId: number }, AuditProgress | null>;
  /** highlight the findings in tab N's own page, or take them off if they are on (issue #5) */
  'highlight-tab': Rpc<{ tabId: number }, HighlightSummary>;
  /**
   * "open with highlights": a new tab at the policy URL (host access needed), then highlight-tab; with `quote`
   * ("show in page", issue #17.9) the highlights step to that clause
   */
  'open-highlighted': Rpc<{ url: string; quote?: string }, HighlightSummary>;
  'guard-state': Rpc<Record<string, never>, GuardState>;
  /** switch the phone-field guard on (for the granted origins) or off (issue #5) */
  'guard-set': Rpc<{ enabled: boolean }, GuardState>;
  /** "I gave my number here" from the popup (issue #6): masked and hashed in the popup, never whole */
  'ledger-add': Rpc<LedgerAdd, { ok: true; entry: LedgerEntry } | { ok: false }>;
};

export interface AuditTabRequest {
  tabId: number;
  render?: boolean;
}

/**
 * A number the user typed into a page's phone field and submitted (issue #6). The digits cross only the
 * extension's own channel: the worker masks and hashes them with a salt no content script can read, and
 * drops them (issue #18).
 */
export interface PhoneSubmitted {
  digits: string;
  trigger: 'submit' | 'pagehide';
}

export interface LedgerAdd {
  tabId: number;
  masked: string;
  last4: string;
  hash: string | null;
}

/** What the highlight script reports back: the painted text per item, which e2e tests compare with quotes. */
export interface HighlightSummary {
  state: 'on' | 'off' | 'failed';
  mode?: 'highlight-api' | 'mark';
  painted?: Array<{ quote: string; text: string; tone: string }>;
  /** the painted text of the clause "show in page" stepped to (issue #17.9) */
  selected?: string | null;
}

export interface GuardState {
  enabled: boolean;
  /** where the guard's content script is registered */
  matches: string[];
  /** host patterns the user granted: ['<all_urls>'] once "guard every signup form" was allowed */
  granted: string[];
}

/** From our content scripts (running inside web pages, so less trusted) to the service worker. */
export type ContentToBG = {
  ping: Rpc<Record<string, never>, Pong>;
  /** the highlight script's page text, built by its text map, for the engine to audit (issue #5) */
  'highlight-audit': Rpc<{ text: string }, AuditReport>;
  /** a phone field got focus: load the chip into the sender's frame unless the site was dismissed */
  'guard-chip': Rpc<Record<string, never>, { show: boolean }>;
  /** the sender tab's policy, through the popup's pipeline and cache */
  'guard-audit': Rpc<Record<string, never>, AuditTabResult>;
  'guard-dismiss': Rpc<Record<string, never>, { ok: true }>;
  'guard-details': Rpc<Record<string, never>, { ok: true }>;
  /** the guard's watcher saw a filled phone field submitted, or its page left (issue #6) */
  'phone-submitted': Rpc<PhoneSubmitted, { ok: boolean }>;
};

/** What the offscreen document (Chrome) pulls out of fetched HTML, which a service worker cannot parse. */
export interface ParsedPage {
  title: string;
  text: string;
  /** the static HTML is an app shell that scripts fill in: render it before trusting the text */
  scriptRendered: boolean;
}

/** From the service worker to the offscreen document; both are our own extension origin. */
export type BGToOffscreen = {
  'parse-html': Rpc<{ html: string; url: string }, ParsedPage>;
  /** answered once the document's listener exists: the worker waits for it after creating the document */
  'offscreen-ping': Rpc<Record<string, never>, { ready: true }>;
};

type Guards<P extends Protocol> = { [K in keyof P]: (payload: unknown) => payload is ReqOf<P, K> };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isEmpty = (x: unknown): x is Record<string, never> => isRecord(x) && Object.keys(x).length === 0;
const isTabId = (x: unknown): x is { tabId: number } =>
  isRecord(x) && Number.isSafeInteger(x.tabId) && (x.tabId as number) >= 0;

/** A finding's quote is one clause; the engine caps sentences far below this. */
const MAX_QUOTE = 4_000;
/** A policy page's text; larger than any real policy, small enough to refuse a page stuffing the channel. */
const MAX_TEXT = 4_000_000;
/** A mask shows digits and stars only (a page cannot smuggle markup or a long string into the ledger). */
const isMask = (x: unknown) => typeof x === 'string' && /^[\d*]{4,20}$/.test(x);
const isLast4 = (x: unknown) => typeof x === 'string' && /^\d{4}$/.test(x);
const isHash = (x: unknown) => typeof x === 'string' && /^[0-9a-f]{64}$/.test(x);
function isPhoneSubmitted(x: unknown): x is PhoneSubmitted {
  if (!isRecord(x) || Object.keys(x).length !== 2) return false;
  if (x.trigger !== 'submit' && x.trigger !== 'pagehide') return false;
  return typeof x.digits === 'string' && /^\d{7,15}$/.test(x.digits);
}
function isLedgerAdd(x: unknown): x is LedgerAdd {
  if (!isTabId(x)) return false;
  const r = x as Record<string, unknown>;
  return isMask(r.masked) && isLast4(r.last4) && (r.hash === null || isHash(r.hash));
}

/** The types each direction may send, with a payload check: anything else is dropped at the door. */
export const uiGuards: Guards<UIToBG> = {
  ping: isEmpty,
  'audit-tab': (x): x is AuditTabRequest =>
    isTabId(x) && ['undefined', 'boolean'].includes(typeof (x as Record<string, unknown>).render),
  'audit-progress': isTabId,
  'highlight-tab': isTabId,
  'open-highlighted': (x): x is { url: string; quote?: string } =>
    isRecord(x) &&
    typeof x.url === 'string' &&
    /^https?:\/\//i.test(x.url) &&
    (x.quote === undefined || (typeof x.quote === 'string' && x.quote.length <= MAX_QUOTE)),
  'guard-state': isEmpty,
  'guard-set': (x): x is { enabled: boolean } => isRecord(x) && typeof x.enabled === 'boolean',
  'ledger-add': isLedgerAdd,
};
export const contentGuards: Guards<ContentToBG> = {
  ping: isEmpty,
  'highlight-audit': (x): x is { text: string } =>
    isRecord(x) && typeof x.text === 'string' && x.text.length <= MAX_TEXT,
  'guard-chip': isEmpty,
  'guard-audit': isEmpty,
  'guard-dismiss': isEmpty,
  'guard-details': isEmpty,
  'phone-submitted': isPhoneSubmitted,
};
export const offscreenGuards: Guards<BGToOffscreen> = {
  'parse-html': (x): x is { html: string; url: string } =>
    isRecord(x) && typeof x.html === 'string' && typeof x.url === 'string',
  'offscreen-ping': isEmpty,
};

type RuntimeLike = Pick<Runtime.Static, 'id' | 'getURL' | 'sendMessage'>;
export type Sender = Runtime.MessageSender;

/** Returns a `send` bound to one direction: `createSender<UIToBG>(browser.runtime)('ping', {})`. */
export function createSender<P extends Protocol>(runtime: RuntimeLike) {
  return <K extends keyof P & string>(type: K, payload: ReqOf<P, K>): Promise<ResOf<P, K>> =>
    runtime.sendMessage({ type, payload }) as Promise<ResOf<P, K>>;
}

export type Handlers<P extends Protocol> = {
  [K in keyof P]: (payload: ReqOf<P, K>, sender: Sender) => Promise<ResOf<P, K>>;
};

/**
 * Where a message came from, decided by the browser-filled sender, never by the message itself.
 * Our pages live under our own origin; content scripts carry our id but run in a tab at the page's URL.
 */
export function senderKind(runtime: Pick<RuntimeLike, 'id' | 'getURL'>, sender: Sender): 'ui' | 'content' | null {
  if (sender.id !== runtime.id) return null;
  if (sender.url?.startsWith(runtime.getURL('/'))) return 'ui';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

function route<P extends Protocol>(guards: Guards<P>, handlers: Handlers<P>, message: unknown, sender: Sender) {
  if (!isRecord(message) || typeof message.type !== 'string') return undefined;
  const type = message.type;
  // hasOwn: a message typed "constructor" or "__proto__" must not reach Object.prototype.
  if (!Object.hasOwn(guards, type) || !Object.hasOwn(handlers, type)) return undefined;
  const guard = guards[type] as (p: unknown) => boolean;
  if (!guard(message.payload)) return undefined;
  const handler = handlers[type] as (p: unknown, s: Sender) => Promise<unknown>;
  return handler(message.payload, sender);
}

/**
 * Builds the service worker's onMessage listener. Returning undefined drops the message (no response),
 * which is what unknown types, bad payloads and foreign senders get.
 */
export function handle(
  runtime: Pick<RuntimeLike, 'id' | 'getURL'>,
  handlers: { ui: Handlers<UIToBG>; content: Handlers<ContentToBG> },
) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined => {
    const kind = senderKind(runtime, sender);
    if (kind === 'ui') return route(uiGuards, handlers.ui, message, sender);
    if (kind === 'content') return route(contentGuards, handlers.content, message, sender);
    return undefined;
  };
}

/**
 * A listener for a page that only our own extension origin may talk to (the offscreen document):
 * content scripts and other extensions are dropped, as are the popup's messages meant for the worker.
 */
export function handleOwn<P extends Protocol>(
  runtime: Pick<RuntimeLike, 'id' | 'getURL'>,
  guards: Guards<P>,
  handlers: Handlers<P>,
) {
  return (message: unknown, sender: Sender): Promise<unknown> | undefined =>
    senderKind(runtime, sender) === 'ui' ? route(guards, handlers, message, sender) : undefined;
}
