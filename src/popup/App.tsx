import { useEffect, useState } from 'preact/hooks';
import type { AuditTabResult } from '../messages';
import type { Connector } from '../shared/connector';
import { Analysed, Loading, NoAnswer, NotAnalysed } from './Status';

type State = { phase: 'loading' } | { phase: 'done'; result: AuditTabResult } | { phase: 'no-answer' };

interface Props {
  connector: Connector;
  /** from `?tabId=`; null means "the active tab" */
  tabId: number | null;
}

export function App({ connector, tabId }: Props) {
  const { t } = connector;
  const [state, setState] = useState<State>({ phase: 'loading' });

  useEffect(() => {
    let live = true;
    const run = async (): Promise<AuditTabResult> => {
      const id = tabId ?? (await connector.activeTabId());
      return id === null ? { kind: 'not-analysed', reason: 'no-tab' } : connector.auditTab(id);
    };
    run().then(
      (result) => live && setState({ phase: 'done', result }),
      // A rejected message means the worker is gone or crashed; say so rather than spin forever.
      () => live && setState({ phase: 'no-answer' }),
    );
    return () => {
      live = false;
    };
  }, [connector, tabId]);

  return (
    <div class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <main class="popup-status">
        {state.phase === 'loading' && <Loading t={t} />}
        {state.phase === 'no-answer' && <NoAnswer t={t} />}
        {state.phase === 'done' && state.result.kind === 'not-analysed' && <NotAnalysed t={t} result={state.result} />}
        {state.phase === 'done' && state.result.kind === 'analysed' && <Analysed t={t} result={state.result} />}
      </main>
      <footer class="popup-footer">
        <button type="button" class="link" onClick={() => void connector.openHistory()}>
          {t('openHistory')}
        </button>
        <span>{t('versionLabel', connector.version)}</span>
      </footer>
    </div>
  );
}
