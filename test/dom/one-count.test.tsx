/**
 * One count everywhere (issue 16): for one policy, the popup, history, the page navigator and the ledger show
 * the same number — the report's distinct clauses, a clause the policy repeats counted once.
 */
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import { audit, clauseCount } from '../../src/engine';
import { highlightPage } from '../../src/content/highlight/controller';
import { toRecord } from '../../src/history/record';
import { ledgerPolicy } from '../../src/ledger/summary';
import { Ledger } from '../../src/ledger/view/Ledger';
import { App } from '../../src/popup/App';
import { entry } from '../fixtures/ledger';
import { fakeConnector, format } from './fake-connector';
import { all, mount } from './render';

const LINES = [
  '青檬隐私政策',
  '一、我们如何共享您的个人信息',
  '我们会与广告合作伙伴共享您的手机号码，用于营销推广。',
  '我们可能向关联公司提供您的设备信息。',
  '我们不会向任何第三方出售您的个人信息。',
  '未经您的单独同意，我们不会向其他第三方提供您的位置信息。',
  // the same clause again, numbered and punctuated differently: one clause, not two
  '（3）我们会与广告合作伙伴共享您的手机号码, 用于营销推广。',
  '您可以在设置中撤回同意，或回复TD退订营销短信。',
];
const TEXT = LINES.join('\n');
const page = { url: 'https://shop.example/signup', title: 'Sign up' };
const policy = { url: 'https://shop.example/privacy', title: '青檬隐私政策' };

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((f) => f());
  cleanup = [];
});

test('popup, history, navigator and ledger count the same distinct clauses', async () => {
  const report = audit(TEXT);
  const n = clauseCount(report);
  expect(n).toBeGreaterThan(2);
  // the repeated clause is one of them
  expect(report.findings.filter((f) => f.quote.includes('广告合作伙伴'))).toHaveLength(1);

  // jsdom has constructable sheets but no adoptedStyleSheets: take the <style> path the code falls back to
  const proto = window.CSSStyleSheet.prototype as { replaceSync?: unknown };
  const replaceSync = proto.replaceSync;
  delete proto.replaceSync;
  cleanup.push(() => void (proto.replaceSync = replaceSync));
  // nor scrolling: stepping to a clause scrolls it into view
  const scroll = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = () => undefined;
  cleanup.push(() => void (Element.prototype.scrollIntoView = scroll));
  const rects = Range.prototype.getClientRects;
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  cleanup.push(() => void (Range.prototype.getClientRects = rects));
  document.body.append(...LINES.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
  // The navigator's root is closed (issue #18): the test keeps its own window into it, as guard-chip's does.
  const roots: ShadowRoot[] = [];
  const attach = HTMLElement.prototype.attachShadow;
  HTMLElement.prototype.attachShadow = function (this: HTMLElement, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  cleanup.push(() => void (HTMLElement.prototype.attachShadow = attach));
  const highlighted = await highlightPage(document, 'en', async (text) => audit(text));
  // the page is only the policy: the popup and the ledger are mounted after the highlights are gone
  const nav = roots[0]!;
  const byPolarity = [...nav.querySelectorAll('[data-count]')].map((li) => Number(li.getAttribute('data-count')));
  expect(byPolarity.reduce((a, b) => a + b, 0)).toBe(n);
  // jsdom's click() is untrusted and the navigator ignores it (issue #18): step with "show in page" instead
  const first = report.findings.find((f) => f.quote.includes('广告合作伙伴'))!;
  await act(() => void highlighted.select(first.quote));
  expect(nav.querySelector('[data-testid=nav-position]')?.textContent).toMatch(new RegExp(`^\\d+ of ${n}$`));
  highlighted.off();
  document.body.replaceChildren();

  const popup = fakeConnector(async () => ({ kind: 'analysed', page, policy, report }));
  const shown = await mount(<App connector={popup.connector} tabId={3} />);
  cleanup.push(shown.unmount);
  const popupCount = all(shown.root, 'clause-count')[0];
  expect(popupCount?.textContent).toBe(format('findingsCount', [String(n)]));

  const history = toRecord(page, policy, report, new Date('2026-01-01T00:00:00Z'));
  expect(history.counts.findings).toBe(n);

  const ledger = fakeConnector(async () => ({ kind: 'not-analysed', reason: 'no-tab' }));
  await ledger.connector.ledger.add(entry({ policy: ledgerPolicy(policy, report, TEXT, 'a'.repeat(64)) }), null);
  const view = await mount(<Ledger connector={ledger.connector} />);
  cleanup.push(view.unmount);
  expect(all(view.root, 'ledger-entry')[0]?.textContent).toContain(format('ledgerSharing', [String(n)]));
});
