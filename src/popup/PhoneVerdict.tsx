/**
 * "Your phone number" answered for the whole policy (issue 16): yes, only with consent, or not said — with the
 * clause that shows it, so the answer can be checked against the policy's own words.
 */
import type { AuditReport } from '../engine/types';
import type { Connector, MessageKey } from '../shared/connector';

const ANSWER: Record<'yes' | 'consent' | 'no', MessageKey> = {
  yes: 'phoneVerdictYes',
  consent: 'phoneVerdictConsent',
  no: 'phoneVerdictNo',
};

export function PhoneVerdict({ report, connector }: { report: AuditReport; connector: Connector }) {
  const { t } = connector;
  // reports cached or stored before the verdict existed have none: nothing to say rather than a guess
  const phone = report.verdict?.phone;
  if (!phone) return null;
  const shown = report.findings.find((f) => f.id === phone.findings[0]);
  return (
    <section class={`phone-verdict phone-${phone.answer}`} data-testid="phone-verdict" data-answer={phone.answer}>
      <h2>{t('groupPhone')}</h2>
      <p class="answer">{t(ANSWER[phone.answer])}</p>
      {shown && <blockquote class="quote">{shown.quote}</blockquote>}
    </section>
  );
}
