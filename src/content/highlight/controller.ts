/**
 * Highlights on the live page (issue #5): read the page into a text map, have the worker audit that very
 * text (the engine never runs in the page), paint the spans, and wire the card and the navigator.
 * `off()` takes every trace away again: highlights, marks, our stylesheet, our host and our listeners.
 */
import type { AuditReport, Polarity, UiLang } from '../../engine/types';
import { adoptCss, shadowUi } from '../shadow';
import { createCard } from './card';
import { itemAt, itemsOf, type Item } from './items';
import { createNavigator } from './navigator';
import { createPainter } from './paint';
import { unionOf } from './place';
import { PAGE_CSS, UI_CSS } from './styles';
import { buildTextMap } from './text-map';

export interface Highlighted {
  mode: 'highlight-api' | 'mark';
  /** the painted text of each item, in page order: what e2e tests compare with the engine's quotes */
  painted: Array<{ quote: string; text: string; tone: string }>;
  off(): void;
  /** Steps to the clause the popup's "show in page" names (issue #17.9); its painted text, or null. */
  select(quote: string): string | null;
}

export async function highlightPage(
  doc: Document,
  lang: UiLang,
  audit: (text: string) => Promise<AuditReport>,
  onOff: () => void = () => undefined,
): Promise<Highlighted> {
  const map = buildTextMap(doc.body);
  const report = await audit(map.text);
  const items = itemsOf(doc, map, report);
  const painter = createPainter(doc);
  const painted = painter.paint(items.map(({ tone, segments, ranges }) => ({ tone, segments, ranges })));
  items.forEach((item, i) => (item.ranges = painted[i] ?? []));
  const unstyle = adoptCss(doc, PAGE_CSS);

  const ui = shadowUi(doc, 'highlights', UI_CSS);
  const card = createCard(ui.root, lang);
  // the navigator steps through the report's clauses — the one count the popup, history and ledger show
  // (issue 16); checklist evidence stays painted and explained on hover, not counted as a clause
  const steps = items.filter((i) => i.finding);
  let index = -1;
  const select = (i: number) => {
    const item = steps[i];
    if (!item) return;
    index = i;
    painter.setCurrent(item.ranges);
    nav.setPosition(i, steps.length);
    item.ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    shown = item;
    card.show(item, rectOf(item));
  };
  const counts: Record<Polarity, number> = { shares: 0, consent: 0, denies: 0 };
  for (const f of report.findings) counts[f.polarity]++;
  const step = (d: 1 | -1) =>
    select(index < 0 ? (d > 0 ? 0 : steps.length - 1) : (index + d + steps.length) % steps.length);
  const nav = createNavigator(ui.root, lang, counts, steps.length, { step, off: () => off() });

  let frame = 0;
  // The card follows the pointer's clause; off a clause it falls back to the navigator's pick.
  let shown: Item | null = null;
  const onMove = (e: MouseEvent) => {
    if (frame || !e.isTrusted) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const item = itemAt(doc, items, e.clientX, e.clientY) ?? steps[index] ?? null;
      if (item === shown) return;
      shown = item;
      if (item) card.show(item, rectOf(item));
      else card.hide();
    });
  };
  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      step(e.code === 'KeyN' ? 1 : -1);
    } else if (e.key === 'Escape') card.hide();
  };
  doc.addEventListener('mousemove', onMove, { passive: true });
  doc.addEventListener('keydown', onKey, true);

  const off = () => {
    doc.removeEventListener('mousemove', onMove);
    doc.removeEventListener('keydown', onKey, true);
    cancelAnimationFrame(frame);
    painter.clear();
    unstyle();
    ui.remove();
    onOff();
  };
  return {
    mode: painter.mode,
    painted: items.map((i) => ({
      quote: i.finding?.quote ?? map.text.slice(i.span.start, i.span.end),
      text: i.ranges.map((r) => r.toString()).join(''),
      tone: i.tone,
    })),
    off,
    select(quote) {
      const want = squash(quote);
      // The navigator steps over clauses only (issue 16), so the clause is looked up among its steps.
      const i = steps.findIndex((it) => squash(it.finding?.quote ?? '') === want);
      // The page's own text may cut a clause a little differently from the text the popup read.
      const at = i >= 0 ? i : steps.findIndex((it) => want.includes(squash(it.ranges.map(String).join(''))));
      if (at < 0) return null;
      select(at);
      return steps[at]?.ranges.map(String).join('') ?? null;
    },
  };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** The whole clause, every line of it: the card must stay clear of all of them (issue #17.9). */
function rectOf(item: Item): DOMRect {
  const box = unionOf(item.ranges.flatMap((r) => [...r.getClientRects()]));
  return box ? new DOMRect(box.left, box.top, box.width, box.height) : new DOMRect();
}
