/**
 * What the ledger keeps of a site's policy at the moment a number is given (issue #6): the audit summary,
 * the SHA-256 of the text and its gzipped snapshot. Captured when the guard audits the page (a phone field
 * got focus) and held per tab, because by the time a submit's message lands the tab may have navigated.
 */
import type { AuditTabResult } from '../messages';
import { sha256Hex } from '../ledger/hash';
import type { LedgerPolicy, Snapshot } from '../ledger/schema';
import { compress } from '../ledger/snapshot';
import { ledgerPolicy } from '../ledger/summary';

export type Captured = { policy: LedgerPolicy; snapshot: Snapshot } | { policy: null; missing: string };

export async function capture(result: AuditTabResult, text: string | undefined): Promise<Captured> {
  if (result.kind !== 'analysed' || text === undefined) {
    return { policy: null, missing: result.kind === 'not-analysed' ? result.reason : 'no-text' };
  }
  const [sha, snapshot] = await Promise.all([sha256Hex(text), compress(text)]);
  return { policy: ledgerPolicy(result.policy, result.report, text, sha), snapshot };
}

export interface SessionLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** An hour: a signup form left open longer is re-audited at submit rather than trusted. */
const MAX_AGE_MS = 60 * 60 * 1000;
interface Memo {
  site: string;
  at: number;
  captured: Captured;
}

/**
 * Per tab, the latest capture for the tab's site. Memory holds the pending one (a submit racing the
 * focus-time audit waits for it); session storage keeps finished ones across the worker's naps.
 */
export function captureMemo(session: SessionLike | undefined, now: () => number = Date.now) {
  const pending = new Map<number, { site: string; at: number; done: Promise<Captured> }>();
  const key = (tabId: number) => `ledgerMemo:${tabId}`;
  return {
    put(tabId: number, site: string, done: Promise<Captured>): void {
      const at = now();
      pending.set(tabId, { site, at, done });
      void done
        .then((captured) => session?.set({ [key(tabId)]: { site, at, captured } satisfies Memo }))
        .catch(() => undefined);
    },
    async get(tabId: number, site: string): Promise<Captured | null> {
      const live = pending.get(tabId);
      if (live && live.site === site && now() - live.at < MAX_AGE_MS) return live.done.catch(() => null);
      const got: Record<string, unknown> = (await session?.get(key(tabId)).catch(() => ({}))) ?? {};
      const stored = got[key(tabId)] as Memo | undefined;
      return stored && stored.site === site && now() - stored.at < MAX_AGE_MS ? stored.captured : null;
    },
  };
}
export type CaptureMemo = ReturnType<typeof captureMemo>;
