import { useEffect, useState } from 'preact/hooks';
import type { AuditTabResult } from '../messages';
import type { Connector } from '../shared/connector';
import { GaveNumber } from './GaveNumber';
import { Report } from './Report';
import { Loading } from './Loading';
import { useProgress } from './progress';
import { NoAnswer, NotAnalysed } from './Status';

/** Longer than the worker's own limits (discovery 5 s, fetch 10 s, rendering) added up: past this it is gone. */
const DEADLINE_MS = 30_000;

/** A worker that is just waking may miss the first message ("Receiving end does not exist"): ask once more. */
async function withRetry<R>(ask: () => Promise<R>): Promise<R> {
  try {
    return await ask();
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return ask();
  }
}

function deadline(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), ms));
}

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
  // Set by the "read it in a background tab" click only; every other audit leaves that tab closed (issue #18).
  const [render, setRender] = useState(false);

  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
    const run = async (): Promise<AuditTabResult> => {
      const id = tabId ?? (await connector.activeTabId());
      return id === null ? { kind: 'not-analysed', reason: 'no-tab' } : withRetry(() => connector.auditTab(id, render));
    };
    Promise.race([run(), deadline(DEADLINE_MS)]).then(
      (result) => {
        if (!live) return;
        performance.mark('report-received');
        setState({ phase: 'done', result });
      },
      // A rejected message means the worker is gone or crashed; say so rather than spin forever.
      () => live && setState({ phase: 'no-answer' }),
    );
    return () => {
      live = false;
    };
  }, [connector, tabId, attempt, render]);

  const progress = useProgress(connector, tabId, state.phase === 'loading');
  // Issue #17.4: the popup's first paint after the report is measured (e2e reads these marks).
  useEffect(() => {
    if (state.phase !== 'done') return;
    // A frame, then a task: the mark lands after the browser painted that frame. jsdom has no frames.
    const frame =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (f: () => void) => setTimeout(f);
    frame(() => setTimeout(() => performance.mark('report-painted')));
  }, [state]);

  const retry = () => setAttempt((n) => n + 1);
  const renderNow = () => {
    setRender(true);
    retry();
  };
  return (
    <div class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      {/* aria-live on the container, so the answer replacing "checking…" is read out once it arrives. */}
      <main class="popup-status" aria-live="polite" aria-busy={state.phase === 'loading'}>
        {state.phase === 'loading' && <Loading t={t} lang={connector.lang} progress={progress} />}
        {state.phase === 'no-answer' && <NoAnswer t={t} retry={retry} />}
        {state.phase === 'done' && state.result.kind === 'not-analysed' && (
          <NotAnalysed connector={connector} result={state.result} retry={retry} render={renderNow} />
        )}
        {state.phase === 'done' && state.result.kind === 'analysed' && (
          <Report connector={connector} result={state.result} />
        )}
      </main>
      {state.phase === 'done' && (
        <section class="popup-ledger">
          <GaveNumber connector={connector} tabId={tabId} />
        </section>
      )}
      <footer class="popup-footer">
        <button type="button" class="link" onClick={() => void connector.openHistory()}>
          {t('openHistory')}
        </button>
        <span>{t('versionLabel', connector.version)}</span>
      </footer>
    </div>
  );
}
