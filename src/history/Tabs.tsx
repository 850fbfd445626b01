/**
 * The history page's two views: the audits (issue #4) and the phone-number ledger (issue #6). The hash
 * (#ledger) picks the view, so the ledger can be linked to and a reload stays where the user was.
 */
import { useState } from 'preact/hooks';
import { Ledger } from '../ledger/view/Ledger';
import type { Connector } from '../shared/connector';
import { History } from './History';

type Tab = 'audits' | 'ledger';
const tabOf = (hash: string): Tab => (hash === '#ledger' ? 'ledger' : 'audits');

export function Tabs({ connector }: { connector: Connector }) {
  const { t } = connector;
  const [tab, setTab] = useState<Tab>(tabOf(location.hash));
  const go = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', next === 'ledger' ? '#ledger' : '#');
  };
  const button = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`panel-${id}`}
      data-testid={`tab-${id}`}
      onClick={() => go(id)}
    >
      {label}
    </button>
  );
  return (
    <>
      <nav class="tabs" role="tablist">
        {button('audits', t('tabAudits'))}
        {button('ledger', t('tabLedger'))}
      </nav>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'audits' ? <History connector={connector} /> : <LedgerPage connector={connector} />}
      </div>
    </>
  );
}

/** The ledger in the history page's frame: same header and width. */
function LedgerPage({ connector }: { connector: Connector }) {
  return (
    <div class="history">
      <main>
        <Ledger connector={connector} />
      </main>
    </div>
  );
}
