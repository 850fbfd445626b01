/** The risk-level filter ("all levels", then low … severe) of the history page and the ledger. */
import type { Level } from '../engine/types';
import { LEVEL_KEYS } from '../popup/levels';
import type { Connector } from './connector';

const LEVELS: Level[] = ['low', 'medium', 'high', 'severe'];

interface Props {
  t: Connector['t'];
  testId: string;
  value: Level | 'all';
  onChange(level: Level | 'all'): void;
}

export function LevelSelect({ t, testId, value, onChange }: Props) {
  return (
    <label>
      <span class="visually-hidden">{t('historyFilterLevel')}</span>
      <select
        data-testid={testId}
        value={value}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Level | 'all')}
      >
        <option value="all">{t('historyAllLevels')}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t(LEVEL_KEYS[l])}
          </option>
        ))}
      </select>
    </label>
  );
}
