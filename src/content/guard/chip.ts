/**
 * The guard's chip (issue #5), loaded by the worker into a page only once a phone field got focus.
 * It sits beside the field in a fixed-position shadow host on <body>, so the form never moves; it never
 * takes focus, so typing goes on; and it says "no policy found" or "not analysed" when that is the truth.
 */
import type { Level, UiLang } from '../../engine/types';
import type { AuditTabResult } from '../../messages';
import { send } from '../send';
import { el, shadowUi, type ShadowUi } from '../shadow';
import { LEVEL, S, uiLang } from '../strings';
import { CHIP_CSS } from './chip-style';
import type { ChipApi } from './watch';

const scope = globalThis as { policyRadarChip?: ChipApi };
const GAP = 6;

export function createChip(doc: Document, lang: UiLang, audit: () => Promise<AuditTabResult>): ChipApi {
  let ui: ShadowUi | null = null;
  let field: HTMLInputElement | null = null;
  let result: Promise<AuditTabResult> | null = null;
  let dismissed = false;
  const label = el(doc, 'span', { class: 'text', 'data-testid': 'guard-chip-text' }, S.checking[lang]);
  const dot = el(doc, 'span', { class: 'dot', 'aria-hidden': 'true' });
  const open = el(doc, 'button', { type: 'button', class: 'open', 'data-testid': 'guard-chip-open' }, dot, label);
  const close = el(
    doc,
    'button',
    {
      type: 'button',
      class: 'x',
      'aria-label': S.dismiss[lang],
      title: S.dismiss[lang],
      'data-testid': 'guard-chip-close',
    },
    '×',
  );
  const chip = el(doc, 'div', {
    class: 'chip',
    role: 'group',
    'aria-label': S.chipLabel[lang],
    'data-state': 'loading',
  });
  chip.dataset.testid = 'guard-chip';
  chip.append(open, close);
  open.title = S.details[lang];
  // The field keeps focus when the chip is clicked: a pointer press on it must not blur what the user types in.
  chip.addEventListener('mousedown', (e) => e.preventDefault());
  // Issue #18: the user's own clicks only. A page cannot reach into the closed root, and what it dispatches
  // at our host is not trusted; it must not open tabs in a loop or dismiss the warning for its own site.
  open.addEventListener('click', (e) => e.isTrusted && void send('guard-details', {}));
  close.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    dismissed = true;
    teardown();
    void send('guard-dismiss', {});
  });

  const place = () => {
    if (!field?.isConnected) return teardown();
    const r = field.getBoundingClientRect();
    const vw = doc.documentElement.clientWidth;
    const { width, height } = chip.getBoundingClientRect();
    const right = r.right + GAP + width <= vw - GAP;
    chip.style.left = `${Math.round(right ? r.right + GAP : Math.max(GAP, r.right - width))}px`;
    chip.style.top = `${Math.round(right ? r.top + (r.height - height) / 2 : r.bottom + GAP)}px`;
  };
  let frame = 0;
  const onScroll = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  function teardown() {
    removeEventListener('scroll', onScroll, true);
    removeEventListener('resize', onScroll);
    ui?.remove();
    ui = null;
  }

  const render = (r: AuditTabResult) => {
    if (r.kind === 'analysed' && r.report.level) {
      const level: Level = r.report.level;
      chip.dataset.state = 'analysed';
      chip.dataset.level = level;
      label.textContent = `${LEVEL[level][lang]} · ${r.report.score ?? ''}`;
    } else {
      // The reason and its detail (HTTP status, content type, "Failed to fetch") stay in the extension's own
      // pages, behind "details": in the page they would tell it what our requests found (issue #18).
      const noPolicy = r.kind === 'not-analysed' && r.reason === 'no-policy';
      chip.dataset.state = noPolicy ? 'no-policy' : 'not-analysed';
      label.textContent = noPolicy ? S.noPolicy[lang] : S.notAnalysed[lang];
    }
    place();
  };

  return {
    show(next) {
      if (dismissed) return;
      field = next;
      if (!ui) {
        ui = shadowUi(doc, 'guard-chip', CHIP_CSS);
        ui.root.append(chip);
        addEventListener('scroll', onScroll, { capture: true, passive: true });
        addEventListener('resize', onScroll, { passive: true });
      }
      place();
      // No answer from the worker (it was stopped mid-audit): say "not analysed" rather than spin.
      result ??= audit().catch((): AuditTabResult => ({ kind: 'not-analysed', reason: 'fetch-failed' }));
      void result.then(render);
    },
  };
}

/**
 * Chrome sometimes rejects a content script's first message of an audit with "Receiving end does not exist"
 * while the worker is busy creating its offscreen document (seen in e2e about one run in three): ask again.
 */
async function auditWithRetry(tries = 3): Promise<AuditTabResult> {
  for (let i = 1; ; i++) {
    try {
      return await send('guard-audit', {});
    } catch (e) {
      if (i >= tries) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250 * i));
    }
  }
}

export function run(): void {
  scope.policyRadarChip ??= createChip(document, uiLang(chrome.i18n.getUILanguage()), auditWithRetry);
}
