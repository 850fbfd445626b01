/** "Who may have my number" (issue #6): sites whose policy let the number out, most exposed first. */
import { LEVEL_KEYS } from '../../popup/levels';
import type { Connector } from '../../shared/connector';
import { whoMayHave } from '../exposure';
import type { LedgerEntry } from '../schema';
import { Clause } from './Clause';
import type { Chosen } from './Ledger';

interface Props {
  connector: Connector;
  entries: LedgerEntry[];
  onChoose(chosen: Chosen): void;
}

export function Exposure({ connector, entries, onChoose }: Props) {
  const { t, lang } = connector;
  const ranked = whoMayHave(entries);
  return (
    <section class="panel exposure">
      <h3>{t('ledgerExposureTitle')}</h3>
      <p class="hint">{t('ledgerExposureIntro')}</p>
      {ranked.length === 0 && <p class="count">{t('ledgerExposureNone')}</p>}
      <ol class="ranked">
        {ranked.map((x) => (
          <li key={x.site} data-testid="ledger-exposure" data-site={x.site}>
            <p class="head">
              <strong>{x.site}</strong> · {x.entry.masked} ·{' '}
              <time dateTime={x.entry.date}>{new Date(x.entry.date).toLocaleDateString(lang)}</time>
              {x.entry.policy?.level && ` · ${t(LEVEL_KEYS[x.entry.policy.level])} ${x.entry.policy.score ?? ''}`}
            </p>
            <ul class="clauses">
              {x.clauses.slice(0, 2).map((f) => (
                <Clause key={f.id} connector={connector} finding={f} />
              ))}
            </ul>
            <button type="button" onClick={() => onChoose({ entry: x.entry, clauses: x.clauses })}>
              {t('ledgerComplaint')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
