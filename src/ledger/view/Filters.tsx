/** The ledger's filters (issue #6): site, risk level, who a clause shares with, and marketing sharing only. */
import type { Recipient } from '../../engine/types';
import { LevelSelect } from '../../shared/LevelSelect';
import type { Connector, MessageKey } from '../../shared/connector';
import { sitesOf, type LedgerFilter } from '../filter';
import type { LedgerEntry } from '../schema';

/** The recipient types a spam call can come from; processors and authorities are not in that business. */
export const RECIPIENT_KEYS: Partial<Record<Recipient, MessageKey>> = {
  partners: 'recipientPartners',
  advertisers: 'recipientAdvertisers',
  affiliates: 'recipientAffiliates',
  sdk: 'recipientSdk',
  unspecified: 'recipientUnspecified',
};

interface Props {
  connector: Connector;
  entries: LedgerEntry[];
  filter: LedgerFilter;
  onChange(filter: LedgerFilter): void;
}

export function Filters({ connector: { t }, entries, filter, onChange }: Props) {
  const value = (e: Event) => (e.currentTarget as HTMLSelectElement).value;
  return (
    <form class="toolbar ledger-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span class="visually-hidden">{t('ledgerFilterSite')}</span>
        <select
          data-testid="ledger-site"
          value={filter.site ?? ''}
          onChange={(e) => onChange({ ...filter, site: value(e) || null })}
        >
          <option value="">{t('ledgerAllSites')}</option>
          {sitesOf(entries).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <LevelSelect
        t={t}
        testId="ledger-level"
        value={filter.level}
        onChange={(level) => onChange({ ...filter, level })}
      />
      <label>
        <span class="visually-hidden">{t('ledgerFilterRecipient')}</span>
        <select
          data-testid="ledger-recipient"
          value={filter.recipient}
          onChange={(e) => onChange({ ...filter, recipient: value(e) as LedgerFilter['recipient'] })}
        >
          <option value="all">
            {t('ledgerFilterRecipient')}: {t('ledgerAllRecipients')}
          </option>
          {Object.entries(RECIPIENT_KEYS).map(([r, key]) => (
            <option key={r} value={r}>
              {t(key as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          data-testid="ledger-marketing"
          checked={filter.marketingOnly}
          onChange={(e) => onChange({ ...filter, marketingOnly: (e.currentTarget as HTMLInputElement).checked })}
        />
        {t('ledgerMarketingOnly')}
      </label>
    </form>
  );
}
