/** The analysed answer: score and level, the policy, what changed, grouped findings and the checklist. */
import type { AuditTabResult, PolicyChange } from '../messages';
import type { Connector } from '../shared/connector';
import { Checklist } from './Checklist';
import { FindingItem } from './FindingItem';
import { groupFindings } from './groups';
import { LEVEL_KEYS, LEVEL_MEANS } from './levels';
import { PhoneVerdict } from './PhoneVerdict';
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
  const { groups, context } = groupFindings(report.findings);
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
          {policy.url}
        </p>
        <button
          type="button"
          class="primary"
          data-testid="open-policy"
          onClick={() => void connector.openPolicy(policy.url)}
        >
          {t('openPolicy')}
        </button>
      </section>
      {change && <Change change={change} connector={connector} />}
      <PhoneVerdict report={report} connector={connector} />
      {groups.length === 0 && <p class="muted">{t('noFindings')}</p>}
      {groups.map((g) => (
        <section key={g.id} class={`group group-${g.id}`} aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`}>
            {t(g.title)} <span class="count">{g.findings.length}</span>
          </h2>
          <ul class="findings">
            {g.findings.map((f) => (
              <FindingItem key={f.id} finding={f} connector={connector} />
            ))}
          </ul>
        </section>
      ))}
      {context.length > 0 && (
        <details class="group group-context">
          <summary>{t('groupContext', String(context.length))}</summary>
          <ul class="findings">
            {context.map((f) => (
              <FindingItem key={f.id} finding={f} connector={connector} />
            ))}
          </ul>
        </details>
      )}
      <Checklist items={report.checklist} connector={connector} />
    </>
  );
}
