/** The history page shell; issue #4 adds the stored audits, search, filters, export and import. */
import type { Connector } from '../shared/connector';

export function History({ connector }: { connector: Connector }) {
  const { t } = connector;
  return (
    <div class="history">
      <header class="history-header">
        <img src="/icons/icon-48.png" width={32} height={32} alt="" />
        <h1>{t('historyTitle')}</h1>
      </header>
      <main>
        <p class="empty" data-testid="history-empty">
          {t('historyEmpty')}
        </p>
      </main>
      <footer>{t('versionLabel', connector.version)}</footer>
    </div>
  );
}
