/**
 * The service worker's answers, with the browser passed in (PipelineDeps) so they run under Node tests too.
 */
import type { ContentToBG, Handlers, UIToBG } from '../messages';
import type { LedgerStore } from '../ledger/store';
import { inpageHandlers, type InpageBrowser } from './inpage';
import { chromeInpage } from './inpage-browser';
import { auditAndCapture, ledgerHandlers } from './ledger';
import { captureMemo, type SessionLike } from './ledger-capture';
import { auditTab, auditTabWithText, type PipelineDeps } from './pipeline';
import { progressBoard } from './progress';
import type { Caller } from './reach';

export { auditTab, type TabInfo } from './pipeline';

export interface BackgroundDeps extends PipelineDeps {
  version: string;
  /** the phone-number ledger (issue #6) */
  ledger: { store: LedgerStore; salt(): Promise<string>; session?: SessionLike; now?(): Date };
}

export function createHandlers(
  deps: BackgroundDeps,
  inpageBrowser: InpageBrowser = chromeInpage,
): { ui: Handlers<UIToBG>; content: Handlers<ContentToBG> } {
  const ping = async () => ({ version: deps.version });
  const board = progressBoard();
  const tracked: BackgroundDeps = { ...deps, progress: board.set };
  // Audits a content script asks for are the guard's (issue #18): same site only, no tab, no redirects.
  const withText = (tabId: number, by: Caller = 'guard') => auditTabWithText(deps, tabId, { by });
  const memo = captureMemo(deps.ledger.session);
  const ledger = ledgerHandlers({
    auditTabWithText: withText,
    store: deps.ledger.store,
    salt: deps.ledger.salt,
    memo,
    now: deps.ledger.now ?? (() => new Date()),
  });
  // Highlights and the phone-field guard (issue #5) audit through the same pipeline and cache; the guard's
  // audit is also what a later submit's ledger entry (issue #6) records, read before the page moves on.
  const inpage = inpageHandlers(
    {
      audit: deps.audit,
      auditTab: (tabId, site) => auditAndCapture({ auditTabWithText: withText, memo }, tabId, site ?? null),
    },
    inpageBrowser,
  );
  return {
    ui: {
      ping,
      'audit-tab': ({ tabId, render }) =>
        board.track(tabId, () => auditTab(tracked, tabId, { by: 'popup', render: render === true })),
      'audit-progress': async ({ tabId }) => board.get(tabId),
      ...inpage.ui,
      ...ledger.ui,
    },
    content: { ping, ...inpage.content, ...ledger.content },
  };
}
