/** The popup's status area: one component per state, all driven by the typed audit result. */
import type { Level } from '../engine/types';
import type { AuditTabResult, NotAnalysedReason } from '../messages';
import type { Connector, MessageKey } from '../shared/connector';

type T = Connector['t'];
type Analysed = Extract<AuditTabResult, { kind: 'analysed' }>;
type NotAnalysedResult = Extract<AuditTabResult, { kind: 'not-analysed' }>;

const REASON_KEYS: Record<NotAnalysedReason, MessageKey> = {
  'engine-missing': 'reasonEngineMissing',
  'no-tab': 'reasonNoTab',
  'restricted-page': 'reasonRestrictedPage',
  'no-policy': 'reasonNoPolicy',
  'fetch-failed': 'reasonFetchFailed',
  timeout: 'reasonTimeout',
  'not-html': 'reasonNotHtml',
  'not-a-policy': 'reasonNotAPolicy',
};

const LEVEL_KEYS: Record<Level, MessageKey> = {
  low: 'levelLow',
  medium: 'levelMedium',
  high: 'levelHigh',
  severe: 'levelSevere',
};

export function Loading({ t }: { t: T }) {
  return (
    <p class="status-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {t('popupLoading')}
    </p>
  );
}

export function NoAnswer({ t }: { t: T }) {
  return (
    <p class="status-error" role="alert">
      {t('popupNoAnswer')}
    </p>
  );
}

export function NotAnalysed({ t, result }: { t: T; result: NotAnalysedResult }) {
  return (
    <section class="not-analysed" data-testid="not-analysed" data-reason={result.reason} role="status">
      <h2>{t('notAnalysedTitle')}</h2>
      <p>{t(REASON_KEYS[result.reason])}</p>
      {result.detail && <p class="detail">{result.detail}</p>}
      {result.page?.url && <p class="url">{result.page.url}</p>}
    </section>
  );
}

/** A first score card; issue #4 adds the checklist and the grouped findings under it. */
export function Analysed({ t, result }: { t: T; result: Analysed }) {
  const { report, policy } = result;
  const level = report.level;
  return (
    <section class={`score-card level-${level ?? 'none'}`}>
      <div class="score-line">
        <span class="score" data-testid="risk-score" aria-label={t('riskScore')}>
          {report.score}
        </span>
        {level && (
          <span class="level" data-testid="risk-level" data-level={level}>
            {t(LEVEL_KEYS[level])}
          </span>
        )}
      </div>
      <p>{t('findingsCount', String(report.findings.length))}</p>
      <p class="url" title={policy.url}>
        {policy.title || policy.url}
      </p>
    </section>
  );
}
