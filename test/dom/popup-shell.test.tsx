/** The popup shell renders each state from the typed result, with no browser behind it (STYLE.md point 7). */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test } from 'vitest';
import type { AuditReport } from '../../src/engine/types';
import type { AuditTabResult } from '../../src/messages';
import { App } from '../../src/popup/App';
import { tabIdFromSearch } from '../../src/popup/tab-id';
import { fakeConnector } from './fake-connector';
import { report as fakeReport } from '../fixtures/report';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(
  answer: (tabId: number) => Promise<AuditTabResult>,
  tabId: number | null,
  activeTab?: number | null,
) {
  const fake = fakeConnector(answer, activeTab);
  root = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    render(<App connector={fake.connector} tabId={tabId} />, root);
  });
  // The audit resolves after the effect ran; one macrotask lets its promise chain and re-render settle.
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  return fake;
}

const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('popup shell', () => {
  test('shows the name and the version', async () => {
    await mount(async () => ({ kind: 'not-analysed', reason: 'engine-missing' }), 1);
    expect(root.querySelector('h1')?.textContent).toBe('PolicyRadar');
    expect(root.textContent).toContain('Version 0.1.0');
  });

  test('says it is checking while the audit runs', async () => {
    await mount(() => new Promise<AuditTabResult>(() => undefined), 1);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Checking the privacy policy');
  });

  test('audits the tab named by ?tabId rather than the active tab', async () => {
    const { calls } = await mount(async () => ({ kind: 'not-analysed', reason: 'engine-missing' }), 42, 7);
    expect(calls).toEqual([42]);
  });

  test('falls back to the active tab', async () => {
    const { calls } = await mount(async () => ({ kind: 'not-analysed', reason: 'engine-missing' }), null, 7);
    expect(calls).toEqual([7]);
  });

  test.each([
    ['engine-missing', 'does not include the analysis engine'],
    ['no-policy', 'Open the policy page and click again'],
    ['not-html', 'PDF'],
  ] as const)('not analysed (%s) says why, with no score', async (reason, text) => {
    await mount(async () => ({ kind: 'not-analysed', reason }), 1);
    expect(byTestId('not-analysed')?.textContent).toContain(text);
    expect(byTestId('risk-score')).toBeNull();
  });

  test('no tab at all is not analysed without asking the worker', async () => {
    const { calls } = await mount(async () => ({ kind: 'not-analysed', reason: 'engine-missing' }), null, null);
    expect(calls).toEqual([]);
    expect(byTestId('not-analysed')?.getAttribute('data-reason')).toBe('no-tab');
  });

  test('a worker that does not answer is asked once more, then reported with a retry button', async () => {
    const { calls } = await mount(() => Promise.reject(new Error('Receiving end does not exist')), 1);
    // the second ask comes after a short pause for a waking worker
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 400)));
    expect(calls).toEqual([1, 1]);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('did not answer');
    expect(alert?.querySelector('button')).not.toBeNull();
  });

  test('a worker that wakes late gets its answer shown', async () => {
    let asked = 0;
    await mount(async () => {
      asked++;
      if (asked === 1) throw new Error('Receiving end does not exist');
      return { kind: 'not-analysed', reason: 'no-policy' };
    }, 1);
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 400)));
    expect(byTestId('not-analysed')?.getAttribute('data-reason')).toBe('no-policy');
  });

  test('an analysed result shows the score, level and findings', async () => {
    const report: AuditReport = fakeReport();
    const page = { url: 'https://shop.example/signup', title: 'Sign up' };
    const policy = { url: 'https://shop.example/privacy', title: 'Privacy Policy' };
    await mount(async () => ({ kind: 'analysed', page, policy, report }), 1);
    expect(byTestId('risk-score')?.textContent).toBe('72');
    expect(byTestId('risk-level')?.textContent).toBe('High risk');
    expect(root.querySelectorAll('[data-testid="finding"]').length).toBe(3);
  });
});

test.each([
  ['?tabId=12', 12],
  ['', null],
  ['?tabId=-1', null],
  ['?tabId=1e3', null],
  ['?tabId=abc', null],
  ['?tabId=99999999999999999999', null],
])('tabIdFromSearch(%j) → %s', (search, id) => {
  expect(tabIdFromSearch(search)).toBe(id);
});
