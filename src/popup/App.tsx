import { useEffect, useState } from 'preact/hooks';
import type { AuditTabResult } from '../messages';
import type { Connector } from '../shared/connector';
import { Report } from './Report';
import { Loading, NoAnswer, NotAnalysed } from './Status';

type State = { phase: 'loading' } | { phase: 'done'; result: AuditTabResult } | { phase: 'no-answer' };

interface Props {
  connector: Connector;
  /** from `?tabId=`; null means "the active tab" */
  tabId: number | null;
}

export function App({ connector, tabId }: Props) {
  const { t } = connector;
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
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
  }, [connector, tabId, attempt]);

  const retry = () => setAttempt((n) => n + 1);
  return (
    <div class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {/* aria-live on the container, so the answer replacing "checking…" is read out once it arrives. */}
      <main class="popup-status" aria-live="polite" aria-busy={state.phase === 'loading'}>
        {state.phase === 'loading' && <Loading t={t} />}
        {state.phase === 'no-answer' && <NoAnswer t={t} />}
        {state.phase === 'done' && state.result.kind === 'not-analysed' && (
          <NotAnalysed connector={connector} result={state.result} retry={retry} />
        )}
        {state.phase === 'done' && state.result.kind === 'analysed' && (
          <Report connector={connector} result={state.result} />
        )}
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
