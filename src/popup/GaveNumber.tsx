/**
 * "I gave my number here" (issue #6): records a ledger entry for the popup's tab by hand, for forms the
 * guard did not see (it was off, or the number went in by phone or app). The input takes the last four
 * digits or the whole number; the connector masks and hashes it before anything leaves this page, and
 * the field is emptied at once.
 */
import { useState } from 'preact/hooks';
import type { Connector } from '../shared/connector';

type Phase = 'closed' | 'open' | 'saving' | 'done' | 'bad' | 'failed';

export function GaveNumber({ connector, tabId }: { connector: Connector; tabId: number | null }) {
  const { t } = connector;
  const [phase, setPhase] = useState<Phase>('closed');
  const save = async (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('number') as HTMLInputElement;
    const raw = input.value;
    input.value = '';
    const digits = raw.replace(/\D/g, '');
    if (digits.length !== 4 && digits.length < 7) return setPhase('bad');
    setPhase('saving');
    const id = tabId ?? (await connector.activeTabId());
    const ok = id !== null && (await connector.ledgerAdd(id, raw).catch(() => false));
    setPhase(ok ? 'done' : 'failed');
  };
  if (phase === 'closed') {
    return (
      <button type="button" class="gave-number" data-testid="gave-number" onClick={() => setPhase('open')}>
        {t('popupGaveNumber')}
      </button>
    );
  }
  return (
    <form class="gave-number-form" onSubmit={(e) => void save(e)}>
      <label>
        {t('popupGaveNumberHint')}
        <input name="number" type="text" inputMode="numeric" autoComplete="off" data-testid="gave-number-input" />
      </label>
      <button type="submit" disabled={phase === 'saving'} data-testid="gave-number-save">
        {t('popupGaveNumberSave')}
      </button>
      <p role="status" data-testid="gave-number-status">
        {phase === 'done' && t('popupGaveNumberDone')}
        {phase === 'bad' && t('popupGaveNumberBad')}
        {phase === 'failed' && t('popupGaveNumberFailed')}
      </p>
    </form>
  );
}
