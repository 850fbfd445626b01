/**
 * The floating navigator (issue #5): counts by what clauses do, previous/next, turn off. Real buttons,
 * so Tab/Enter/Space work, plus Alt+Shift+N / Alt+Shift+P from anywhere on the page.
 */
import type { Polarity, UiLang } from '../../engine/types';
import { el } from '../shadow';
import { POLARITY, S } from '../strings';

export interface NavigatorHandlers {
  step(delta: 1 | -1): void;
  off(): void;
}

export interface Navigator {
  setPosition(index: number, total: number): void;
  readonly element: HTMLElement;
}

export function createNavigator(
  root: ShadowRoot,
  lang: UiLang,
  counts: Record<Polarity, number>,
  total: number,
  on: NavigatorHandlers,
): Navigator {
  const doc = root.ownerDocument;
  const button = (label: string, testid: string, shortcut: string, click: () => void) => {
    const b = el(doc, 'button', { type: 'button', 'data-testid': testid }, label);
    if (shortcut) {
      b.setAttribute('aria-keyshortcuts', shortcut);
      b.title = `${label} (${shortcut})`;
    }
    // Issue #18: only the user's own clicks act; the page's scripts cannot reach into the closed root, and
    // whatever they dispatch is not trusted.
    b.addEventListener('click', (e) => e.isTrusted && click());
    return b;
  };
  const countList = el(
    doc,
    'ul',
    { class: 'counts' },
    ...(['shares', 'consent', 'denies'] as const).map((p) =>
      el(
        doc,
        'li',
        { 'data-testid': `count-${p}`, 'data-count': String(counts[p]) },
        el(doc, 'span', { class: `dot ${p}`, 'aria-hidden': 'true' }),
        `${POLARITY[p][lang]} ${counts[p]}`,
      ),
    ),
  );
  const pos = el(doc, 'span', { class: 'pos', 'data-testid': 'nav-position', 'aria-live': 'polite' });
  const nav = el(
    doc,
    'section',
    { class: 'nav', role: 'region', 'aria-label': S.navTitle[lang], 'data-testid': 'highlight-nav' },
    el(doc, 'h2', {}, S.navTitle[lang]),
    countList,
  );
  if (total === 0) nav.append(el(doc, 'p', {}, S.none[lang]));
  nav.append(
    el(
      doc,
      'div',
      { class: 'row' },
      button(S.prev[lang], 'nav-prev', 'Alt+Shift+P', () => on.step(-1)),
      button(S.next[lang], 'nav-next', 'Alt+Shift+N', () => on.step(1)),
      pos,
    ),
    el(
      doc,
      'div',
      { class: 'row' },
      button(S.off[lang], 'nav-off', '', () => on.off()),
    ),
  );
  root.append(nav);
  return {
    element: nav,
    setPosition(index, count) {
      pos.textContent = S.position[lang].replace('$1', String(index + 1)).replace('$2', String(count));
    },
  };
}
