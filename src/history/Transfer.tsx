/** Export (JSON, CSV), import (JSON) and delete-all: the data is the user's, to take anywhere or wipe. */
import type { Connector } from '../shared/connector';
import { toCsv } from './csv';
import type { HistoryRecord } from './schema';

interface Props {
  connector: Connector;
  records: HistoryRecord[];
  /** after an import or a wipe: reload and say what happened */
  onChanged(status: string): void;
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function Transfer({ connector, records, onChanged }: Props) {
  const { t, history } = connector;
  const exportJson = async () =>
    connector.saveFile(`policy-radar-${stamp()}.json`, await history.exportJson(), 'application/json');
  const exportCsv = () => connector.saveFile(`policy-radar-${stamp()}.csv`, toCsv(records), 'text/csv;charset=utf-8');
  const importJson = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      onChanged(t('historyImported', String(await history.importJson(await file.text()))));
    } catch {
      onChanged(t('historyImportFailed'));
    }
  };
  const deleteAll = async () => {
    if (!confirm(t('historyConfirmDeleteAll'))) return;
    await history.clear();
    onChanged('');
  };
  return (
    <div class="transfer">
      <button type="button" data-testid="export-json" onClick={() => void exportJson()}>
        {t('historyExportJson')}
      </button>
      <button type="button" data-testid="export-csv" onClick={exportCsv}>
        {t('historyExportCsv')}
      </button>
      {/* A real file input inside the label: keyboard focus and screen readers reach it as a button would. */}
      <label class="file">
        {t('historyImportJson')}
        <input type="file" accept="application/json,.json" data-testid="import-json" onChange={importJson} />
      </label>
      <button type="button" class="danger" data-testid="delete-all" onClick={() => void deleteAll()}>
        {t('historyDeleteAll')}
      </button>
    </div>
  );
}
