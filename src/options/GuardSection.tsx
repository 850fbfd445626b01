/**
 * "Guard every signup form" (issue #5): asks for the optional <all_urls> permission from the click, then
 * has the worker register the guard's content script for what was granted. Its own component so the
 * history/options page can embed it as one line.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiLang } from '../engine/types';
import type { GuardState } from '../messages';
import type { GuardApi } from './guard-api';
import { O } from './strings';

export function GuardSection({ api, lang }: { api: GuardApi; lang: UiLang }) {
  const [state, setState] = useState<GuardState | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    void api.state().then(setState, () => setState(null));
  }, [api]);

  const change = async (on: boolean) => {
    setNote('');
    if (on) {
      // Already-granted origins (a site allowed from the popup, or the e2e build's loopback hosts) still count.
      const granted = (await api.requestAllSites()) || (state?.granted.length ?? 0) > 0;
      if (!granted) {
        setNote(O.denied[lang]);
        return;
      }
    }
    setState(await api.set(on));
  };

  const all = state?.matches.includes('<all_urls>') ?? false;
  return (
    <section class="guard-section" data-testid="guard-section" aria-labelledby="guard-title">
      <h2 id="guard-title">{O.title[lang]}</h2>
      <label class="guard-toggle">
        <input
          type="checkbox"
          data-testid="guard-toggle"
          checked={state?.enabled ?? false}
          disabled={state === null}
          onChange={(e) => void change(e.currentTarget.checked)}
        />
        {O.toggle[lang]}
      </label>
      <p class="guard-explain">{O.explain[lang]}</p>
      {state?.enabled && (
        <p data-testid="guard-scope">
          {all ? O.scopeAll[lang] : O.scopeSome[lang].replace('$1', String(state.matches.length))}
        </p>
      )}
      {note && <p role="alert">{note}</p>}
    </section>
  );
}
