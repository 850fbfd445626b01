/** A quoted policy clause with who it shares with and whether it covers the phone or marketing. */
import type { Connector } from '../../shared/connector';
import type { LedgerFinding } from '../schema';
import { RECIPIENT_KEYS } from './Filters';

interface Props {
  connector: Connector;
  finding: LedgerFinding;
  /** why the trace helper picked it */
  why?: string;
}

export function Clause({ connector: { t }, finding: f, why }: Props) {
  const who = f.recipients.flatMap((r) => (RECIPIENT_KEYS[r] ? [t(RECIPIENT_KEYS[r])] : []));
  const tags = [...who, f.phone ? t('groupPhone') : '', f.marketing ? t('groupMarketing') : '', why ?? ''];
  return (
    <li class={`clause severity-${f.severity}`} data-testid="ledger-clause">
      <blockquote>{f.quote}</blockquote>
      <p class="tags">{tags.filter(Boolean).join(' · ')}</p>
    </li>
  );
}
