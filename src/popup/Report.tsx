/** The analysed answer: score and level, the policy, what changed, grouped findings and the checklist. */
import type { Finding } from '../engine/types';
import type { AuditTabResult, PolicyChange } from '../messages';
import type { Connector } from '../shared/connector';
import { Checklist } from './Checklist';
import { FindingGroups } from './FindingGroups';
import { FoundIn } from './FoundIn';
import { groupFindings } from './groups';
import { LEVEL_KEYS, LEVEL_MEANS } from './levels';
import { PhoneVerdict } from './PhoneVerdict';
import { shownUrl } from './url';
import { clauseCount } from '../engine/merge';

type Analysed = Extract<AuditTabResult, { kind: 'analysed' }>;

function Change({ change, connector }: { change: PolicyChange; connector: Connector }) {
  const { t } = connector;
  const date = new Date(change.since).toLocaleDateString(connector.lang);
  return (
    <details class="change" data-testid="policy-changed">
      <summary>{t('changedSince', date)}</summary>
      {change.added.length > 0 && <h3>{t('changeAdded')}</h3>}
      <ul class="added">
        {change.added.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
      {change.removed.length > 0 && <h3>{t('changeRemoved')}</h3>}
      <ul class="removed">
        {change.removed.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </details>
  );
}

export function Report({ result, connector }: { result: Analysed; connector: Connector }) {
  const { t } = connector;
  const { report, policy, change } = result;
  const level = report.level;
  const grouped = groupFindings(report.findings);
  return (
    <>
      <section class={`score-card level-card level-${level ?? 'none'}`} aria-labelledby="score-title">
        <h2 id="score-title" class="visually-hidden">
          {t('riskScore')}
        </h2>
        <div class="score-line">
          <span class="score" data-testid="risk-score" aria-label={t('riskScore')}>
            {report.score}
          </span>
          <span class="out-of">{t('scoreOutOf')}</span>
          {level && (
            <span class="level" data-testid="risk-level" data-level={level}>
              {t(LEVEL_KEYS[level])}
            </span>
          )}
        </div>
        {level && (
          <p class="level-means" data-testid="level-means">
            {t(LEVEL_MEANS[level])}
          </p>
        )}
        <p class="clause-count" data-testid="clause-count" data-count={clauseCount(report)}>
          {t('findingsCount', String(clauseCount(report)))}
        </p>
        <p class="meter" aria-hidden="true">
          <span style={{ width: `${report.score ?? 0}%` }} />
        </p>
        <p class="policy-title" data-testid="policy-title">
          {policy.title || policy.url}
        </p>
        <p class="url" title={policy.url}>
          {shownUrl(policy.url)}
        </p>
        {result.frame && <FoundIn t={t} frame={result.frame} />}
        {/* A policy read from a dialog has no page of its own to open and paint (issue #17.2). */}
        {!result.inDialog && (
          <button
            type="button"
            class="primary"
            data-testid="open-policy"
            onClick={() => void connector.openPolicy(policy.url)}
          >
            {t('openPolicy')}
          </button>
        )}
      </section>
      {change && <Change change={change} connector={connector} />}
      <PhoneVerdict report={report} connector={connector} />
      {grouped.groups.length === 0 && <p class="muted">{t('noFindings')}</p>}
      <FindingGroups
        grouped={grouped}
        connector={connector}
        {...(result.inDialog
          ? {}
          : { show: (f: Finding) => void connector.openPolicy(policy.url, { id: f.id, quote: f.quote }) })}
      />
      <Checklist items={report.checklist} connector={connector} />
    </>
  );
}
