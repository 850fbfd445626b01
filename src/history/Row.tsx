/** One stored audit in the list: site, policy, score and level, date, what changed; detail and delete. */
import { LEVEL_KEYS } from '../popup/levels';
import type { Connector } from '../shared/connector';
import { pick } from '../shared/i18n';
import { shownUrl } from '../popup/url';
import { pagesOf } from './same-day';
import type { HistoryRecord } from './schema';

interface Props {
  connector: Connector;
  record: HistoryRecord;
  /** per-site detail shows the top findings under each audit */
  detailed: boolean;
  onSite(site: string): void;
  onDelete(id: string): void;
}

export function Row({ connector, record: r, detailed, onSite, onDelete }: Props) {
  const { t, lang } = connector;
  const date = new Date(r.date);
  const pages = pagesOf(r);
  return (
    <li class={`record level-card level-${r.level ?? 'none'}`} data-testid="history-record" data-id={r.id}>
      <div class="record-score">
        <span class="score">{r.score ?? t('historyUnscored')}</span>
        {r.level && <span class="level">{t(LEVEL_KEYS[r.level])}</span>}
      </div>
      <div class="record-main">
        <h3>
          <button type="button" class="link site" onClick={() => onSite(r.site)}>
            {r.site}
          </button>
        </h3>
        <p class="policy">
          <a href={r.policyUrl} target="_blank" rel="noreferrer">
            {r.policyTitle || r.policyUrl}
          </a>
        </p>
        {pages.length > 1 && (
          <div class="pages" data-testid="history-pages">
            {t('historyPages', String(pages.length))}
            <ul>
              {pages.map((url) => (
                <li key={url}>{shownUrl(url)}</li>
              ))}
            </ul>
          </div>
        )}
        <p class="meta">
          <time dateTime={r.date}>{date.toLocaleString(lang)}</time> · {t('findingsCount', String(r.counts.findings))}
        </p>
        {r.change && (
          <p class="changed" data-testid="history-changed">
            {t('changedSince', new Date(r.change.since).toLocaleDateString(lang))}
            {` (+${r.change.added.length} / −${r.change.removed.length})`}
          </p>
        )}
        {detailed && (
          <ul class="top">
            {r.top.map((f, i) => (
              <li key={i} class={`sev-${f.severity}`}>
                <q>{f.quote}</q>
                <span class="why">{pick(f.why, lang)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button
        type="button"
        class="delete"
        aria-label={`${t('historyDelete')} ${r.site}`}
        onClick={() => onDelete(r.id)}
      >
        {t('historyDelete')}
      </button>
    </li>
  );
}
