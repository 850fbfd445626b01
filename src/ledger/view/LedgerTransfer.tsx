/** The ledger's files (issue #6): evidence report (HTML, Markdown), JSON export/import, delete all. */
import type { Connector } from '../../shared/connector';
import { uiLang } from '../../shared/i18n';
import { reportHtml } from '../export-html';
import { reportMarkdown } from '../export-md';
import type { LedgerEntry } from '../schema';
import { DeleteAll, ImportJson, dateStamp as stamp } from '../../shared/file-actions';

interface Props {
  connector: Connector;
  /** the entries shown (filters applied) go into the reports; JSON always carries the whole ledger */
  entries: LedgerEntry[];
  onChanged(status: string): void;
}

export function LedgerTransfer({ connector, entries, onChanged }: Props) {
  const { t, ledger } = connector;
  const lang = uiLang(connector.lang);
  const html = () =>
    connector.saveFile(
      `policy-radar-evidence-${stamp()}.html`,
      reportHtml(entries, lang, new Date()),
      'text/html;charset=utf-8',
    );
  const md = () =>
    connector.saveFile(
      `policy-radar-evidence-${stamp()}.md`,
      reportMarkdown(entries, lang, new Date()),
      'text/markdown;charset=utf-8',
    );
  const json = async () =>
    connector.saveFile(
      `policy-radar-ledger-${stamp()}.json`,
      JSON.stringify(await ledger.exportData()),
      'application/json',
    );
  return (
    <div class="transfer">
      <button type="button" data-testid="ledger-export-html" onClick={html}>
        {t('ledgerExportHtml')}
      </button>
      <button type="button" data-testid="ledger-export-md" onClick={md}>
        {t('ledgerExportMd')}
      </button>
      <button type="button" data-testid="ledger-export-json" onClick={() => void json()}>
        {t('ledgerExportJson')}
      </button>
      <ImportJson
        label={t('ledgerImportJson')}
        testId="ledger-import"
        load={(text) => ledger.importJson(text)}
        done={(count) => onChanged(t('ledgerImported', String(count)))}
        failed={() => onChanged(t('ledgerImportFailed'))}
      />
      <DeleteAll
        label={t('ledgerDeleteAll')}
        testId="ledger-delete-all"
        question={t('ledgerConfirmDeleteAll')}
        clear={() => ledger.clear()}
        done={() => onChanged('')}
      />
    </div>
  );
}
