/** The trace helper's form and its ranked answer (issue #6); the ranking itself is ../trace.ts. */
import type { Connector, MessageKey } from '../../shared/connector';
import type { LedgerEntry } from '../schema';
import { CATEGORIES, trace, type CallCategory, type MatchKind, type TraceClause, type TraceQuery } from '../trace';
import { Clause } from './Clause';
import type { Chosen } from './Ledger';

export type TraceState = TraceQuery;

const CATEGORY_KEYS: Record<CallCategory, MessageKey> = {
  loan: 'catLoan',
  debt: 'catDebt',
  property: 'catProperty',
  education: 'catEducation',
  stocks: 'catStocks',
  other: 'catOther',
};
const MATCH_KEYS: Record<MatchKind, MessageKey> = {
  trade: 'ledgerMatchTrade',
  marketing: 'ledgerMatchMarketing',
  'phone-partners': 'ledgerMatchPhone',
};

interface Props {
  connector: Connector;
  entries: LedgerEntry[];
  state: TraceState;
  onState(state: TraceState): void;
  onChoose(chosen: Chosen): void;
}

export function Trace({ connector, entries, state, onState, onChoose }: Props) {
  const { t, lang } = connector;
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  // Nothing is listed until there is a date: "before the first call" needs one.
  const hits = state.firstCall ? trace(entries, state) : null;
  const why = (c: TraceClause) => t(MATCH_KEYS[c.kind], c.word ?? '');
  return (
    <section class="panel trace" data-testid="ledger-trace">
      <h3>{t('ledgerTraceTitle')}</h3>
      <p class="hint">{t('ledgerTraceIntro')}</p>
      <form class="toolbar" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('ledgerTraceCategory')}
          <select
            data-testid="trace-category"
            value={state.category}
            onChange={(e) => onState({ ...state, category: value(e) as CallCategory })}
          >
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(CATEGORY_KEYS[c])}
              </option>
            ))}
          </select>
        </label>
        <label class="grow">
          {t('ledgerTraceText')}
          <input
            type="text"
            data-testid="trace-text"
            value={state.text}
            onInput={(e) => onState({ ...state, text: value(e) })}
          />
        </label>
        <label>
          {t('ledgerTraceDate')}
          <input
            type="date"
            data-testid="trace-date"
            value={state.firstCall}
            onInput={(e) => onState({ ...state, firstCall: value(e) })}
          />
        </label>
      </form>
      {hits?.length === 0 && <p class="count">{t('ledgerTraceNone')}</p>}
      <ol class="ranked">
        {hits?.map((h) => (
          <li key={h.entry.id} data-testid="trace-hit" data-site={h.entry.site}>
            <p class="head">
              <strong>{h.entry.site}</strong> · {h.entry.masked} ·{' '}
              <time dateTime={h.entry.date}>{new Date(h.entry.date).toLocaleString(lang)}</time>
            </p>
            <ul class="clauses">
              {h.clauses.slice(0, 3).map((c) => (
                <Clause key={c.finding.id} connector={connector} finding={c.finding} why={why(c)} />
              ))}
            </ul>
            <button
              type="button"
              data-testid="trace-complaint"
              onClick={() => onChoose({ entry: h.entry, clauses: h.clauses.map((c) => c.finding) })}
            >
              {t('ledgerComplaint')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
