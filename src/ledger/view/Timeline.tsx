/** One timeline per number (issue #6): grouped by the salted hash, headed by the mask, newest first. */
import type { Connector } from '../../shared/connector';
import { groupByNumber } from '../filter';
import type { LedgerEntry } from '../schema';
import { EntryRow } from './EntryRow';
import type { Chosen } from './Ledger';

interface Props {
  connector: Connector;
  entries: LedgerEntry[];
  onDelete(id: string): void;
  onChoose(chosen: Chosen): void;
}

export function Timeline({ connector, entries, onDelete, onChoose }: Props) {
  const { t } = connector;
  if (entries.length === 0) return <p class="count">{t('historyNoMatch')}</p>;
  return (
    <div class="timelines">
      {groupByNumber(entries).map((g) => (
        <section key={g.key} class="timeline" data-testid="ledger-number">
          <h3 class="number">{t('ledgerNumber', g.masked, String(g.entries.length))}</h3>
          <ol class="entries">
            {g.entries.map((e) => (
              <EntryRow key={e.id} connector={connector} entry={e} onDelete={onDelete} onChoose={onChoose} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
