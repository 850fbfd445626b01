/** Search, level filter and sort for the history list; plain labelled form controls, keyboard-usable as is. */
import { LevelSelect } from '../shared/LevelSelect';
import type { Connector } from '../shared/connector';
import type { SortKey, View } from './filter';

const SORTS: { id: SortKey; key: 'sortNewest' | 'sortOldest' | 'sortRiskiest' | 'sortSite' }[] = [
  { id: 'newest', key: 'sortNewest' },
  { id: 'oldest', key: 'sortOldest' },
  { id: 'riskiest', key: 'sortRiskiest' },
  { id: 'site', key: 'sortSite' },
];

interface Props {
  connector: Connector;
  view: View;
  onChange(view: View): void;
}

export function Toolbar({ connector: { t }, view, onChange }: Props) {
  const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
  return (
    <form class="toolbar" role="search" onSubmit={(e) => e.preventDefault()}>
      <label class="grow">
        <span class="visually-hidden">{t('historySearch')}</span>
        <input
          type="search"
          data-testid="history-search"
          placeholder={t('historySearch')}
          value={view.query}
          onInput={(e) => onChange({ ...view, query: value(e) })}
        />
      </label>
      <LevelSelect t={t} testId="history-level" value={view.level} onChange={(level) => onChange({ ...view, level })} />
      <label>
        <span class="visually-hidden">{t('historySort')}</span>
        <select
          data-testid="history-sort"
          value={view.sort}
          onChange={(e) => onChange({ ...view, sort: value(e) as SortKey })}
        >
          {SORTS.map((s) => (
            <option key={s.id} value={s.id}>
              {t(s.key)}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
