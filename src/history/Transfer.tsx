/** Export (JSON, CSV), import (JSON) and delete-all: the data is the user's, to take anywhere or wipe. */
import type { Connector } from '../shared/connector';
import { toCsv } from './csv';
import type { HistoryRecord } from './schema';
import { DeleteAll, ImportJson, dateStamp as stamp } from '../shared/file-actions';

interface Props {
  connector: Connector;
  records: HistoryRecord[];
  /** after an import or a wipe: reload and say what happened */
  onChanged(status: string): void;
}

export function Transfer({ connector, records, onChanged }: Props) {
  const { t, history } = connector;
  const exportJson = async () =>
    connector.saveFile(`policy-radar-${stamp()}.json`, await history.exportJson(), 'application/json');
  const exportCsv = () => connector.saveFile(`policy-radar-${stamp()}.csv`, toCsv(records), 'text/csv;charset=utf-8');
  return (
    <div class="transfer">
      <button type="button" data-testid="export-json" onClick={() => void exportJson()}>
        {t('historyExportJson')}
      </button>
      <button type="button" data-testid="export-csv" onClick={exportCsv}>
        {t('historyExportCsv')}
      </button>
      <ImportJson
        label={t('historyImportJson')}
        testId="import-json"
        load={(text) => history.importJson(text)}
        done={(count) => onChanged(t('historyImported', String(count)))}
        failed={() => onChanged(t('historyImportFailed'))}
      />
      <DeleteAll
        label={t('historyDeleteAll')}
        testId="delete-all"
        question={t('historyConfirmDeleteAll')}
        clear={() => history.clear()}
        done={() => onChanged('')}
      />
    </div>
  );
}
