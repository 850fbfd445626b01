/**
 * The worker's side of the in-page features (issue #5): highlights ask it to audit their page's own text
 * (the engine never runs in a page), and the phone-field guard asks it to load the chip, audit the site
 * through the popup's pipeline (same discovery, same cache) and open the details. Senders are the browser's
 * word (tab, frame, URL), never the message's.
 */
import type { AuditReport } from '../engine/types';
import type { AuditTabResult, ContentToBG, GuardState, Handlers, HighlightSummary, Sender, UIToBG } from '../messages';

export const FILES = {
  highlight: 'inject/highlight.js',
  guardWatch: 'inject/guard-watch.js',
  guardChip: 'inject/guard-chip.js',
} as const;

export interface InpageBrowser {
  /** executeScript({ files }) in one frame; resolves to the script's result */
  inject(target: { tabId: number; frameId?: number }, file: string): Promise<unknown>;
  /** a new tab beside `openerTabId`; resolves to its id once it finished loading */
  openTab(url: string, openerTabId?: number): Promise<number | null>;
  /** points an open tab at `url` and brings it to the front; false when it is gone */
  reuseTab(tabId: number, url: string): Promise<boolean>;
  extensionUrl(path: string): string;
  /** steps the tab's highlights to the clause quoted (issue #17.9); its painted text, or null */
  select(tabId: number, quote: string): Promise<string | null>;
  dismissed: { has(site: string): Promise<boolean>; add(site: string): Promise<void> };
  guardState(): Promise<GuardState>;
  setGuard(enabled: boolean): Promise<GuardState>;
}

export interface InpageDeps {
  audit(text: string): AuditReport;
  /** `site` is the guard's page origin: the ledger (issue #6) remembers what the audit read for it */
  auditTab(tabId: number, site?: string | null): Promise<AuditTabResult>;
}

type UiKeys = 'highlight-tab' | 'open-highlighted' | 'guard-state' | 'guard-set';
type ContentKeys = 'highlight-audit' | 'guard-chip' | 'guard-audit' | 'guard-dismiss' | 'guard-details';

/** The site a guard message speaks for: the tab's top-level page, where the user is signing up. */
function siteOf(sender: Sender): string | null {
  const url = sender.tab?.url ?? sender.url;
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

async function highlight(b: InpageBrowser, tabId: number): Promise<HighlightSummary> {
  const result = await b.inject({ tabId }, FILES.highlight).catch(() => undefined);
  return (result as HighlightSummary | undefined) ?? { state: 'failed' };
}

export function inpageHandlers(
  deps: InpageDeps,
  b: InpageBrowser,
): { ui: Pick<Handlers<UIToBG>, UiKeys>; content: Pick<Handlers<ContentToBG>, ContentKeys> } {
  // Issue #18: one details tab at a time, whatever a page does with the chip; a second ask brings it forward.
  let details: Promise<number | null> = Promise.resolve(null);
  const openDetails = (tabId: number) =>
    (details = details.then(async (open) => {
      const url = b.extensionUrl(`src/popup/index.html?tabId=${tabId}`);
      if (open !== null && (await b.reuseTab(open, url))) return open;
      return b.openTab(url, tabId).catch(() => null);
    }));
  return {
    ui: {
      'highlight-tab': ({ tabId }) => highlight(b, tabId),
      'open-highlighted': async ({ url, quote }) => {
        const tabId = await b.openTab(url);
        if (tabId === null) return { state: 'failed' };
        const summary = await highlight(b, tabId);
        if (quote === undefined || summary.state !== 'on') return summary;
        return { ...summary, selected: await b.select(tabId, quote).catch(() => null) };
      },
      'guard-state': () => b.guardState(),
      'guard-set': ({ enabled }) => b.setGuard(enabled),
    },
    content: {
      'highlight-audit': async ({ text }) => deps.audit(text),
      'guard-chip': async (_, sender) => {
        const site = siteOf(sender);
        const tabId = sender.tab?.id;
        if (!site || tabId === undefined || (await b.dismissed.has(site))) return { show: false };
        await b.inject({ tabId, frameId: sender.frameId ?? 0 }, FILES.guardChip);
        return { show: true };
      },
      'guard-audit': async (_, sender) => {
        const tabId = sender.tab?.id;
        return tabId === undefined ? { kind: 'not-analysed', reason: 'no-tab' } : deps.auditTab(tabId, siteOf(sender));
      },
      'guard-dismiss': async (_, sender) => {
        const site = siteOf(sender);
        if (site) await b.dismissed.add(site);
        return { ok: true };
      },
      'guard-details': async (_, sender) => {
        const tabId = sender.tab?.id;
        // The popup's own page, standing for the sender's tab (the ?tabId contract of issue #4).
        if (tabId !== undefined) await openDetails(tabId);
        return { ok: true };
      },
    },
  };
}
