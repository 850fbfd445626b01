/**
 * The phone-number ledger inside the history page (issue #6): who may have the number, a timeline per
 * number with filters, the trace helper, the complaint draft and the evidence exports. Read-only over the
 * stored entries, except delete and import; everything is local and says so.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Connector } from '../../shared/connector';
import { applyFilter, NO_FILTER, type LedgerFilter } from '../filter';
import type { LedgerEntry, LedgerFinding } from '../schema';
import { Complaint, draftOf } from './Complaint';
import { Exposure } from './Exposure';
import { Filters } from './Filters';
import { LedgerTransfer } from './LedgerTransfer';
import { Timeline } from './Timeline';
import { Trace, type TraceState } from './Trace';

export interface Chosen {
  entry: LedgerEntry;
  clauses: LedgerFinding[];
}

export function Ledger({ connector }: { connector: Connector }) {
  const { t } = connector;
  const [entries, setEntries] = useState<LedgerEntry[] | null>(null);
  const [filter, setFilter] = useState<LedgerFilter>(NO_FILTER);
  const [status, setStatus] = useState('');
  const [trace, setTrace] = useState<TraceState>({ category: 'loan', text: '', firstCall: '' });
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  // Copied here, in the click's own handler: the clipboard takes writes from a user gesture.
  const choose = (c: Chosen) => {
    setChosen(c);
    setCopied(null);
    void connector.copyText(draftOf(connector, c, trace)).then(setCopied);
  };
  const reload = useCallback(() => connector.ledger.list().then(setEntries), [connector]);
  useEffect(() => void reload(), [reload]);

  const remove = async (id: string) => {
    await connector.ledger.remove(id);
    if (chosen?.entry.id === id) setChosen(null);
    await reload();
  };
  const changed = async (message: string) => {
    setStatus(message);
    setChosen(null);
    await reload();
  };
  const all = entries ?? [];
  return (
    <section class="ledger" data-testid="ledger">
      <h2>{t('ledgerTitle')}</h2>
      <p class="ledger-intro">{t('ledgerIntro')}</p>
      <LedgerTransfer connector={connector} entries={applyFilter(all, filter)} onChanged={(m) => void changed(m)} />
      <p class="status" role="status" data-testid="ledger-status">
        {status}
      </p>
      {entries?.length === 0 && (
        <p class="empty" data-testid="ledger-empty">
          {t('ledgerEmpty')}
        </p>
      )}
      {all.length > 0 && (
        <>
          <Exposure connector={connector} entries={all} onChoose={choose} />
          <Trace connector={connector} entries={all} state={trace} onState={setTrace} onChoose={choose} />
          {chosen && (
            <Complaint
              connector={connector}
              chosen={chosen}
              incident={trace}
              copied={copied}
              onClose={() => setChosen(null)}
            />
          )}
          <Filters connector={connector} entries={all} filter={filter} onChange={setFilter} />
          <Timeline
            connector={connector}
            entries={applyFilter(all, filter)}
            onDelete={(id) => void remove(id)}
            onChoose={choose}
          />
        </>
      )}
    </section>
  );
}
