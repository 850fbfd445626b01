/**
 * The card beside a highlight: what the clause allows, to whom, in plain words, under which law (issue #5).
 * It is announced (aria-live) rather than focused, so keyboard focus stays on the navigator's buttons.
 */
import type { UiLang } from '../../engine/types';
import { el } from '../shadow';
import { ALLOWS, DATA, lawText, RECIPIENT, S } from '../strings';
import type { Item } from './items';
import { placeCard } from './place';
import { TONE_COLOUR } from './styles';

export interface Card {
  show(item: Item, near: DOMRect): void;
  hide(): void;
  readonly element: HTMLElement;
}

export function createCard(root: ShadowRoot, lang: UiLang): Card {
  const doc = root.ownerDocument;
  const card = el(doc, 'div', { class: 'card', role: 'note', 'aria-live': 'polite', hidden: '' });
  card.dataset.testid = 'highlight-card';
  root.append(card);

  const row = (label: string, value: string): Node[] =>
    value ? [el(doc, 'dt', {}, label), el(doc, 'dd', {}, value)] : [];

  return {
    element: card,
    show(item, near) {
      const f = item.finding;
      const list = el(doc, 'dl');
      if (f) {
        list.append(
          ...row(S.allows[lang], ALLOWS[f.polarity][lang]),
          ...row(S.toWhom[lang], f.recipients.map((r) => RECIPIENT[r][lang]).join(lang === 'en' ? ', ' : '、')),
          ...row(S.data[lang], f.data.map((d) => DATA[d][lang]).join(lang === 'en' ? ', ' : '、')),
          ...row(S.why[lang], f.why[lang]),
          ...row(S.law[lang], f.laws.map((l) => lawText(l, lang)).join('; ')),
        );
      } else if (item.checklist) {
        list.append(
          ...row(S.checklistMet[lang], item.checklist.title[lang]),
          ...row(S.law[lang], item.checklist.laws.map((l) => lawText(l, lang)).join('; ')),
        );
      }
      card.replaceChildren(list);
      card.style.setProperty('--tone', TONE_COLOUR[item.tone]);
      card.hidden = false;
      place(card, near);
    },
    hide() {
      card.hidden = true;
    },
  };
}

/** Beside the clause, never over it (place.ts). The card is fixed: no layout shift. */
function place(card: HTMLElement, near: DOMRect): void {
  const view = card.ownerDocument.defaultView;
  const { width, height } = card.getBoundingClientRect();
  const clause = { left: near.left, top: near.top, width: near.width, height: near.height };
  const at = placeCard({ width, height }, clause, {
    width: view?.innerWidth ?? 1024,
    height: view?.innerHeight ?? 768,
  });
  card.style.top = `${Math.round(at.top)}px`;
  card.style.left = `${Math.round(at.left)}px`;
}
