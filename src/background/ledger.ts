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

/** The top-level page, not the frame: an iframed signup form is still the site the user was on. */
const pageOf = (sender: Sender) => sender.tab?.url ?? sender.url;

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
  where: { tabId: number; site: string; pageUrl: string },
  number: { masked: string; last4: string; numberHash: string | null },
  source: LedgerSource,
): Promise<LedgerEntry> {
  const captured = await policyFor(deps, where.tabId, where.site);
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
  return {
    content: {
      'phone-submitted': async (p, sender) => {
        const tabId = sender.tab?.id;
        const pageUrl = pageOf(sender);
        const site = originOf(pageUrl);
        if (tabId === undefined || !pageUrl || !site) return { ok: false };
        let number = { masked: p.masked, last4: p.last4, numberHash: p.hash ?? null };
        if (p.digits !== undefined) {
          // A plain-http page has no crypto.subtle: its watcher sent the digits, hashed here and dropped.
          const digits = normalizeNumber(p.digits);
          if (!isPhoneNumber(digits)) return { ok: false };
          number = {
            masked: maskNumber(digits),
            last4: last4(digits),
            numberHash: await numberHash(await deps.salt(), digits),
          };
        }
        await record(deps, { tabId, site, pageUrl }, number, p.trigger);
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
        const entry = await record(deps, { tabId, site, pageUrl }, { masked, last4: l4, numberHash: hash }, 'manual');
        return { ok: true, entry };
      },
    },
  };
}
