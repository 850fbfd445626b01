/** The PIPL checklist: which of the user's guarantees the policy states (met), omits or leaves vague. */
import type { ChecklistItem, ChecklistStatus } from '../engine/types';
import type { Connector, MessageKey } from '../shared/connector';
import { lawLabel, pick } from '../shared/i18n';

const STATUS: Record<ChecklistStatus, { key: MessageKey; mark: string }> = {
  met: { key: 'checklistMet', mark: '✓' },
  missing: { key: 'checklistMissing', mark: '✗' },
  unclear: { key: 'checklistUnclear', mark: '?' },
  // issue 16: an item the policy gives no occasion for is neither a pass nor a failure
  'not-applicable': { key: 'checklistNotApplicable', mark: '–' },
};

export function Checklist({ items, connector }: { items: ChecklistItem[]; connector: Connector }) {
  const { t, lang } = connector;
  if (items.length === 0) return null;
  return (
    <section class="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('checklistTitle')}</h2>
      <ul>
        {items.map((item) => {
          const status = STATUS[item.status];
          const law = item.laws[0];
          return (
            <li key={item.id} class={`check check-${item.status}`} data-testid="checklist-item">
              <span class="mark" aria-hidden="true">
                {status.mark}
              </span>
              <span class="check-title">{pick(item.title, lang)}</span>
              <span class="check-status">{t(status.key)}</span>
              {law && <span class="check-law">{lawLabel(t, law)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
