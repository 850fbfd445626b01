/** The ledger's files (issue #6): evidence report (HTML, Markdown), JSON export/import, delete all. */
import type { Connector } from '../../shared/connector';
import { uiLang } from '../../shared/i18n';
import { reportHtml } from '../export-html';
import { reportMarkdown } from '../export-md';
import type { LedgerEntry } from '../schema';

interface Props {
  connector: Connector;
  /** the entries shown (filters applied) go into the reports; JSON always carries the whole ledger */
  entries: LedgerEntry[];
  onChanged(status: string): void;
}

const stamp = () => new Date().toISOString().slice(0, 10);

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
  const importJson = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      onChanged(t('ledgerImported', String(await ledger.importJson(await file.text()))));
    } catch {
      onChanged(t('ledgerImportFailed'));
    }
  };
  const deleteAll = async () => {
    if (!confirm(t('ledgerConfirmDeleteAll'))) return;
    await ledger.clear();
    onChanged('');
  };
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
      <label class="file">
        {t('ledgerImportJson')}
        <input type="file" accept="application/json,.json" data-testid="ledger-import" onChange={importJson} />
      </label>
      <button type="button" class="danger" data-testid="ledger-delete-all" onClick={() => void deleteAll()}>
        {t('ledgerDeleteAll')}
      </button>
    </div>
  );
}
