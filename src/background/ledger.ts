/**
 * The worker's side of the phone-number ledger (issue #6): a guard content script says a number was
 * submitted (masked, hashed in the page when it could be), or the popup adds one by hand; the entry
 * gets the site's policy as the guard or popup pipeline read it, with its snapshot.
 */
import type { AuditTabResult, ContentToBG, Handlers, Sender, UIToBG } from '../messages';
import { numberHash } from '../ledger/hash';
import { isPhoneNumber, last4, maskNumber, normalizeNumber } from '../ledger/number';
import type { LedgerEntry, LedgerSource } from '../ledger/schema';
import type { LedgerStore } from '../ledger/store';
import { capture, type CaptureMemo, type Captured } from './ledger-capture';
import type { Caller } from './reach';

export interface LedgerDeps {
  /** `popup` only for the popup's own "I gave my number here"; a content script's request is the guard's */
  auditTabWithText(tabId: number, by?: Caller): Promise<{ result: AuditTabResult; text?: string }>;
  store: LedgerStore;
  salt(): Promise<string>;
  memo: CaptureMemo;
  now(): Date;
}

const originOf = (url: string | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * Where the number was typed, by the browser's word: the top-level page for the top frame and for frames
 * of the same origin (an iframed signup form of the site itself); a frame from another origin speaks for
 * its own origin only (issue #18), so a complaint never names the page that merely embedded it.
 */
function pageOf(sender: Sender): { pageUrl: string; site: string; top: boolean } | null {
  const topUrl = sender.tab?.url;
  const frameUrl = sender.frameId ? sender.url : topUrl;
  const site = originOf(frameUrl);
  if (!frameUrl || !site) return null;
  return { pageUrl: frameUrl, site, top: site === originOf(topUrl) };
}

/** Entries per tab and site within WINDOW_MS: more than a person gives in minutes (issue #18). */
const PER_SITE = 3;
const WINDOW_MS = 10 * 60 * 1000;

function rateLimit(now: () => Date) {
  const recent = new Map<string, number[]>();
  return (tabId: number, site: string): boolean => {
    const key = `${tabId} ${site}`;
    const t = now().getTime();
    const kept = (recent.get(key) ?? []).filter((at) => t - at < WINDOW_MS);
    if (kept.length >= PER_SITE) return false;
    recent.set(key, [...kept, t]);
    return true;
  };
}

/** Audits the tab through the popup's pipeline and remembers what the ledger would keep of it. */
export function auditAndCapture(
  deps: Pick<LedgerDeps, 'auditTabWithText' | 'memo'>,
  tabId: number,
  site: string | null,
) {
  const run = deps.auditTabWithText(tabId);
  if (site)
    deps.memo.put(
      tabId,
      site,
      run.then(({ result, text }) => capture(result, text)),
    );
  return run.then(({ result }) => result);
}

async function policyFor(deps: LedgerDeps, tabId: number, site: string): Promise<Captured> {
  const remembered = await deps.memo.get(tabId, site);
  if (remembered?.policy) return remembered;
  const { result, text } = await deps.auditTabWithText(tabId);
  // The tab may have moved on to another site since: its policy would be the wrong evidence.
  if (result.kind === 'analysed' && originOf(result.page.url) !== site) return { policy: null, missing: 'navigated' };
  return capture(result, text);
}

async function record(
  deps: LedgerDeps,
  where: { tabId: number; site: string; pageUrl: string; top: boolean },
  number: { masked: string; last4: string; numberHash: string | null },
  source: LedgerSource,
): Promise<LedgerEntry> {
  // A frame from another origin: the tab's policy is another party's, so the entry says it has none.
  const captured: Captured = where.top
    ? await policyFor(deps, where.tabId, where.site)
    : { policy: null, missing: 'other-frame' };
  const date = deps.now();
  const entry: LedgerEntry = {
    id: `${date.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    site: where.site,
    pageUrl: where.pageUrl,
    date: date.toISOString(),
    ...number,
    source,
    policy: captured.policy,
    ...(captured.policy ? {} : { policyMissing: captured.missing }),
  };
  return deps.store.add(entry, captured.policy ? captured.snapshot : null);
}

export function ledgerHandlers(deps: LedgerDeps): {
  ui: Pick<Handlers<UIToBG>, 'ledger-add'>;
  content: Pick<Handlers<ContentToBG>, 'phone-submitted'>;
} {
  const allow = rateLimit(deps.now);
  return {
    content: {
      'phone-submitted': async (p, sender) => {
        const tabId = sender.tab?.id;
        const where = pageOf(sender);
        const digits = normalizeNumber(p.digits);
        if (tabId === undefined || !where || !isPhoneNumber(digits)) return { ok: false };
        if (!allow(tabId, where.site)) return { ok: false };
        // Masked and hashed here, never in the page: the salt stays where content scripts cannot read it.
        const number = {
          masked: maskNumber(digits),
          last4: last4(digits),
          numberHash: await numberHash(await deps.salt(), digits),
        };
        await record(deps, { tabId, ...where }, number, p.trigger);
        return { ok: true };
      },
    },
    ui: {
      'ledger-add': async ({ tabId, masked, last4: l4, hash }) => {
        const tab = await deps.auditTabWithText(tabId, 'popup').catch(() => null);
        const pageUrl = tab?.result.page?.url;
        const site = originOf(pageUrl);
        if (!tab || !pageUrl || !site) return { ok: false };
        deps.memo.put(tabId, site, capture(tab.result, tab.text));
        const number = { masked, last4: l4, numberHash: hash };
        const entry = await record(deps, { tabId, site, pageUrl, top: true }, number, 'manual');
        return { ok: true, entry };
      },
    },
  };
}
