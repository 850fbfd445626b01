/** One time a number was given: when, where, the policy's score then, its sharing clauses and its snapshot. */
import { LEVEL_KEYS } from '../../popup/levels';
import type { Connector, MessageKey } from '../../shared/connector';
import type { LedgerEntry, LedgerSource } from '../schema';
import { decompress } from '../snapshot';
import { Clause } from './Clause';
import type { Chosen } from './Ledger';

const SOURCE_KEYS: Record<LedgerSource, MessageKey> = {
  submit: 'ledgerSourceSubmit',
  pagehide: 'ledgerSourcePagehide',
  manual: 'ledgerSourceManual',
};
/** The clauses an entry shows inline; the exports carry all of them. */
const SHOWN = 3;

interface Props {
  connector: Connector;
  entry: LedgerEntry;
  onDelete(id: string): void;
  onChoose(chosen: Chosen): void;
}

export function EntryRow({ connector, entry: e, onDelete, onChoose }: Props) {
  const { t, lang } = connector;
  const p = e.policy;
  const sharing = p?.findings.filter((f) => f.polarity === 'shares') ?? [];
  const saveSnapshot = async () => {
    const snap = p ? await connector.ledger.snapshot(p.sha256) : null;
    if (p && snap)
      connector.saveFile(`policy-${p.sha256.slice(0, 12)}.txt`, await decompress(snap), 'text/plain;charset=utf-8');
  };
  return (
    <li class={`entry level-card level-${p?.level ?? 'none'}`} data-testid="ledger-entry" data-id={e.id}>
      <div class="record-score">
        <span class="score">{p?.score ?? t('historyUnscored')}</span>
        {p?.level && <span class="level">{t(LEVEL_KEYS[p.level])}</span>}
      </div>
      <div class="record-main">
        <h4 class="site">{e.site}</h4>
        <p class="meta">
          <time dateTime={e.date}>{new Date(e.date).toLocaleString(lang)}</time> · <span class="mask">{e.masked}</span>{' '}
          · {t(SOURCE_KEYS[e.source])}
        </p>
        {p ? (
          <p class="policy">
            {/* http(s) only, whatever a stored or imported entry says (issue #18) */}
            <a href={/^https?:\/\//i.test(p.url) ? p.url : undefined} target="_blank" rel="noreferrer">
              {p.title || p.url}
            </a>{' '}
            · {t('ledgerSharing', String(p.clauses ?? sharing.length))} ·{' '}
            <code title="SHA-256">{p.sha256.slice(0, 12)}</code>
          </p>
        ) : (
          <p class="policy">{t('ledgerNoPolicy')}</p>
        )}
        <ul class="clauses">
          {sharing.slice(0, SHOWN).map((f) => (
            <Clause key={f.id} connector={connector} finding={f} />
          ))}
        </ul>
      </div>
      <div class="entry-actions">
        {p && (
          <button type="button" class="link" data-testid="ledger-snapshot" onClick={() => void saveSnapshot()}>
            {t('ledgerSnapshot')}
          </button>
        )}
        <button
          type="button"
          class="link"
          data-testid="entry-complaint"
          onClick={() => onChoose({ entry: e, clauses: sharing })}
        >
          {t('ledgerComplaint')}
        </button>
        <button type="button" class="link delete" data-testid="ledger-delete" onClick={() => onDelete(e.id)}>
          {t('ledgerDelete')}
        </button>
      </div>
    </li>
  );
}
