/**
 * audit-tab (issue #4): discovery in the clicked page → the policy's text → the engine, here in the
 * extension and never in the page → cache, history, badge. Every way it can end without a score is a
 * not-analysed answer with a reason code, never a made-up number.
 */
import type { AuditReport, Level } from '../engine/types';
import type { PageDiscovery } from '../inject/types';
import type { AuditTabResult, PageInfo, PolicyChange } from '../messages';
import type { ReportCache } from './cache';
import { loadPolicy, type LoadedPolicy, type LoadOptions, type LoaderDeps } from './load-policy';
import { Stop } from './stop';
import { clauseCount } from '../engine/merge';

export interface TabInfo {
  /** absent when we hold neither activeTab nor a host permission for the tab */
  url?: string;
  title?: string;
}

export interface PipelineDeps extends LoaderDeps {
  /** null when the tab does not exist (closed, or a bad id) */
  getTab(tabId: number): Promise<TabInfo | null>;
  /** runs the discovery script in the tab; rejects when the page may not be scripted */
  discover(tabId: number): Promise<PageDiscovery>;
  audit(text: string): AuditReport;
  cache: ReportCache;
  /** stores the audit in history; says how the policy changed since the last audit of another text */
  record(page: PageInfo, policy: PageInfo, report: AuditReport): Promise<PolicyChange | undefined>;
  badge(tabId: number, level: Level | null, clauses?: number): Promise<void>;
}

/** Pages the browser never lets an extension script or read, whatever the permissions. */
export function isRestricted(url: string): boolean {
  if (!/^https?:/i.test(url)) return true;
  const { hostname } = new URL(url);
  return hostname === 'chromewebstore.google.com' || hostname === 'addons.mozilla.org';
}

export async function auditTab(deps: PipelineDeps, tabId: number, opts?: LoadOptions): Promise<AuditTabResult> {
  return (await auditTabWithText(deps, tabId, opts)).result;
}

/** auditTab plus the policy text it read: the phone-number ledger (issue #6) snapshots that text. */
export async function auditTabWithText(
  deps: PipelineDeps,
  tabId: number,
  opts: LoadOptions = { by: 'popup' },
): Promise<{ result: AuditTabResult; text?: string }> {
  const tab = await deps.getTab(tabId);
  if (!tab) return { result: { kind: 'not-analysed', reason: 'no-tab' } };
  let page: PageInfo | undefined = tab.url ? { url: tab.url, title: tab.title ?? '' } : undefined;
  /** the iframe the policy was found in (issue #17.1), shown by the popup */
  let frame: string | undefined;
  if (page && isRestricted(page.url)) return { result: { kind: 'not-analysed', reason: 'restricted-page', page } };
  try {
    deps.progress?.(tabId, { stage: 'discover' });
    const found = await deps.discover(tabId).catch((e: unknown) => {
      throw new Stop('no-access', e instanceof Error ? e.message : undefined);
    });
    page = { url: found.url, title: found.title };
    frame = found.frame;
    const loaded = await policyOf(deps, tabId, found, opts);
    deps.progress?.(tabId, { stage: 'analyse', size: loaded.text.length });
    const report = (await deps.cache.get(loaded.policy.url, loaded.text)) ?? deps.audit(loaded.text);
    await deps.cache.set(loaded.policy.url, loaded.text, report);
    if (report.status !== 'analysed') throw new Stop('not-a-policy', undefined, loaded.policy);
    const change = await deps.record(page, loaded.policy, report).catch(() => undefined);
    // Not awaited: the badge is decoration, and the answer must not wait on the toolbar.
    void deps.badge(tabId, report.level, clauseCount(report)).catch(() => undefined);
    const result: AuditTabResult = {
      kind: 'analysed',
      page,
      policy: loaded.policy,
      report,
      ...(change ? { change } : {}),
      ...(frame ? { frame } : {}),
      ...(loaded.inDialog ? { inDialog: true as const } : {}),
    };
    return { result, text: loaded.text };
  } catch (caught) {
    void deps.badge(tabId, null).catch(() => undefined);
    // A bug or a browser hiccup still ends in an answer the popup can show, with a retry, not a dead spinner.
    const e = caught instanceof Stop ? caught : new Stop('fetch-failed', String(caught));
    const result: AuditTabResult = {
      kind: 'not-analysed',
      reason: e.reason,
      ...(page ? { page } : {}),
      ...(e.policy ? { policy: e.policy } : {}),
      ...(e.detail ? { detail: e.detail } : {}),
      ...(frame ? { frame } : {}),
    };
    return { result };
  }
}

async function policyOf(
  deps: PipelineDeps,
  tabId: number,
  found: PageDiscovery,
  opts: LoadOptions,
): Promise<LoadedPolicy> {
  // What is on screen first (issue #17.2): an open policy dialog, or the page (or frame) that is the policy —
  // its live DOM is already rendered, so its own text is the best there is.
  const shown = found.dialog?.chars ? found.dialog : found.main?.chars ? found.main : null;
  if (shown) {
    const policy = { url: found.frame ?? found.url, title: shown.title || found.title };
    return { policy, text: shown.text, ...(shown === found.dialog ? { inDialog: true as const } : {}) };
  }
  const best = found.candidates.find((c) => c.source !== 'self');
  if (!best && found.behindClick) throw new Stop('policy-behind-click', found.behindClick);
  if (!best) throw new Stop('no-policy', found.store ?? undefined);
  return loadPolicy(deps, tabId, found.url, best.url, opts);
}
