/** The history page (issue #4): stored audits with search, level filter, sort, per-site detail and transfer. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Connector } from '../shared/connector';
import { applyView, DEFAULT_VIEW, type View } from './filter';
import { Row } from './Row';
import type { HistoryRecord } from './schema';
import { Toolbar } from './Toolbar';
import { Transfer } from './Transfer';

export function History({ connector }: { connector: Connector }) {
  const { t } = connector;
  const [records, setRecords] = useState<HistoryRecord[] | null>(null);
  const [view, setView] = useState<View>(DEFAULT_VIEW);
  const [status, setStatus] = useState('');
  const reload = useCallback(() => connector.history.list().then(setRecords), [connector]);
  useEffect(() => void reload(), [reload]);

  const shown = records ? applyView(records, view) : [];
  const remove = async (id: string) => {
    await connector.history.remove(id);
    await reload();
  };
  const changed = async (message: string) => {
    setStatus(message);
    await reload();
  };
  return (
    <div class="history">
      <header class="history-header">
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('historyTitle')}</h1>
      </header>
      <main>
        <Toolbar connector={connector} view={view} onChange={setView} />
        <Transfer connector={connector} records={shown} onChanged={(m) => void changed(m)} />
        <p class="status" role="status" data-testid="history-status">
          {status}
        </p>
        {view.site && (
          <nav class="crumbs" aria-label={t('historyAllSites')}>
            <button type="button" class="link" onClick={() => setView({ ...view, site: null })}>
              ← {t('historyAllSites')}
            </button>
            <h2 data-testid="site-detail">{t('historySiteDetail', view.site)}</h2>
          </nav>
        )}
        {records?.length === 0 && (
          <p class="empty" data-testid="history-empty">
            {t('historyEmpty')}
          </p>
        )}
        {records && records.length > 0 && (
          <>
            <p class="count" data-testid="history-count">
              {shown.length === 0 ? t('historyNoMatch') : t('historyCount', String(shown.length))}
            </p>
            <ul class="records">
              {shown.map((r) => (
                <Row
                  key={r.id}
                  connector={connector}
                  record={r}
                  detailed={view.site !== null}
                  onSite={(site) => setView({ ...view, site })}
                  onDelete={(id) => void remove(id)}
                />
              ))}
            </ul>
          </>
        )}
      </main>
      <footer>{t('versionLabel', connector.version)}</footer>
    </div>
  );
}
