/** Issue #17.4: a huge report shows the first cards per group with "show all N", context only once opened, and progress. */
import { act } from 'preact/test-utils';
import { afterEach, expect, test } from 'vitest';
import type { AuditProgress, AuditTabResult } from '../../src/messages';
import { App } from '../../src/popup/App';
import { FIRST_CARDS } from '../../src/popup/FindingGroups';
import { finding, report } from '../fixtures/report';
import { fakeConnector } from './fake-connector';
import { all, mount, settle } from './render';

const page = { url: 'https://shop.example/signup', title: 'Sign up' };
const policy = { url: 'https://shop.example/privacy', title: 'Privacy' };
let unmount = () => undefined as void;
afterEach(() => unmount());

const many = (n: number, over: Parameters<typeof finding>[0] extends infer F ? Partial<F> : never) =>
  Array.from({ length: n }, (_, i) =>
    finding({ quote: `第${i}条`, span: { start: i * 10, end: i * 10 + 4 }, ...over }),
  );

async function mountWith(answer: () => Promise<AuditTabResult>, progress?: AuditProgress) {
  const fake = fakeConnector(answer, 7, progress ? { progress } : {});
  const m = await mount(<App connector={fake.connector} tabId={3} />);
  unmount = m.unmount;
  return m.root;
}

test('3,000 findings: the first cards of each group, "show all N" opens one group, context renders when opened', async () => {
  const findings = [...many(1500, { data: ['phone'] }), ...many(1500, {}), ...many(400, { kind: 'context' })].map(
    (f, i) => ({ ...f, id: `f${i}` }),
  );
  const root = await mountWith(async () => ({ kind: 'analysed', page, policy, report: report({ findings }) }));
  expect(all(root, 'finding')).toHaveLength(2 * FIRST_CARDS);
  expect(all(root, 'finding-context')).toHaveLength(0);
  const buttons = all(root, 'show-all');
  expect(buttons.map((b) => b.textContent)).toEqual(['Show all 1500', 'Show all 1500']);
  await act(() => (buttons[0] as HTMLButtonElement).click());
  expect(all(root, 'finding')).toHaveLength(1500 + FIRST_CARDS);
  const details = root.querySelector('details.group-context') as HTMLDetailsElement;
  await act(() => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
  expect(all(root, 'finding-context')).toHaveLength(FIRST_CARDS);
});

test('while waiting, the popup says which step the audit is on', async () => {
  const root = await mountWith(() => new Promise(() => undefined), { stage: 'analyse', size: 1_234_567 });
  await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
  await settle();
  const bar = all(root, 'progress')[0];
  expect(bar?.getAttribute('data-stage')).toBe('analyse');
  expect(root.textContent).toContain('Analysing 1,234,567 characters of policy text');
});
