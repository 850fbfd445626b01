/**
 * Injected with executeScript({ files: ['inject/highlight.js'] }) when the user asks for highlights
 * (issue #5). Injecting again toggles them off, so one button both shows and hides. The value `run()`
 * resolves to is executeScript's result: a summary the worker and the e2e tests read.
 */
import { uiLang } from '../strings';
import { send } from '../send';
import type { HighlightSummary } from '../../messages';
import { highlightPage, type Highlighted } from './controller';
import { settled, textLength, watchGrowth } from './settle';

/** Content scripts of one extension share this global within the page's isolated world. */
const scope = globalThis as {
  policyRadarHighlights?: Promise<Highlighted> | undefined;
  /** called by the worker after injecting us, for the popup's "show in page" (issue #17.9) */
  policyRadarSelect?: (quote: string) => Promise<string | null>;
};
// The clause asked for stays asked for: a repaint after the page's text grew (watchGrowth) steps to it again, or
// "show in page" would lose it whenever the page grew after the first paint (seen as a flaky e2e run).
let wanted: string | null = null;
scope.policyRadarSelect = async (quote) => {
  wanted = quote;
  return scope.policyRadarHighlights ? (await scope.policyRadarHighlights).select(quote) : null;
};

/** Paints once the page's text has arrived (issue #17.3), and paints again if much more arrives later. */
function start(): Promise<Highlighted> {
  let stopWatching = () => undefined as void;
  const started: Promise<Highlighted> = settled(document).then(() =>
    highlightPage(
      document,
      uiLang(chrome.i18n.getUILanguage()),
      (text) => send('highlight-audit', { text }),
      // The navigator's own "turn off" must also forget us, or the next injection would toggle nothing.
      () => {
        stopWatching();
        if (scope.policyRadarHighlights === started) scope.policyRadarHighlights = undefined;
      },
    ),
  );
  void started.then(
    (h) => {
      if (wanted !== null) h.select(wanted);
      stopWatching = watchGrowth(document, textLength(document), () => {
        if (scope.policyRadarHighlights !== started) return;
        h.off();
        scope.policyRadarHighlights = start();
      });
    },
    () => undefined,
  );
  return started;
}

export async function run(): Promise<HighlightSummary> {
  const active = scope.policyRadarHighlights;
  if (active) {
    scope.policyRadarHighlights = undefined;
    (await active).off();
    return { state: 'off' };
  }
  const started = start();
  scope.policyRadarHighlights = started;
  try {
    const h = await started;
    return { state: 'on', mode: h.mode, painted: h.painted };
  } catch (e) {
    scope.policyRadarHighlights = undefined;
    throw e;
  }
}
