/** One finding: the policy's own words, why it matters in the UI language, and the law it relates to. */
import type { Finding, Severity } from '../engine/types';
import type { Connector, MessageKey } from '../shared/connector';
import { lawLabel, pick } from '../shared/i18n';

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  info: 'severityInfo',
  low: 'severityLow',
  medium: 'severityMedium',
  high: 'severityHigh',
  severe: 'severitySevere',
};

interface Props {
  finding: Finding;
  connector: Connector;
  /** "show in page": the policy opened with its highlights, at this clause (issue #17.9) */
  show?: (finding: Finding) => void;
}

export function FindingItem({ finding, connector, show }: Props) {
  const { t, lang } = connector;
  const laws = [...new Set(finding.laws.map((ref) => lawLabel(t, ref)))];
  // Outline context is secondary evidence: it does not count as one of the popup's findings.
  const testId = finding.kind === 'context' ? 'finding-context' : 'finding';
  return (
    <li class={`finding sev-${finding.severity} pol-${finding.polarity}`} data-testid={testId} data-id={finding.id}>
      <span class="sev-chip">{t(SEVERITY_KEYS[finding.severity])}</span>
      {/* the on-device model's reading, not a rule's match: its weight is the reader's to judge */}
      {finding.rule.startsWith('model') && (
        <span class="model-chip" data-testid="model-chip" title={t('modelReadingTitle')}>
          {t('modelReading')}
        </span>
      )}
      <blockquote class="quote">{finding.quote}</blockquote>
      {finding.repeats && finding.repeats.length > 0 && (
        <span class="times" data-testid="finding-times" title={t('repeatedTimes', String(1 + finding.repeats.length))}>
          ×{1 + finding.repeats.length}
        </span>
      )}
      <p class="why">{pick(finding.why, lang)}</p>
      {laws.length > 0 && <p class="laws">{laws.join(' · ')}</p>}
      {show && (
        <button type="button" class="link show-in-page" data-testid="show-in-page" onClick={() => show(finding)}>
          {t('showInPage')}
        </button>
      )}
    </li>
  );
}
