/** The history page over a memory store (issue #4): list, search, filter, per-site detail, delete, export/import. */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { History } from '../../src/history/History';
import { toRecord } from '../../src/history/record';
import { fakeConnector } from './fake-connector';
import { report } from '../fixtures/report';
import { all, mount, settle } from './render';

let unmount = () => undefined as void;
afterEach(() => unmount());
beforeEach(() => {
  vi.stubGlobal('confirm', () => true);
});

async function page() {
  const fake = fakeConnector(async () => ({ kind: 'not-analysed', reason: 'no-tab' }));
  const day = (d: number) => new Date(Date.UTC(2025, 0, d));
  await fake.connector.history.add(
    toRecord(
      { url: 'https://a.example/s', title: '' },
      { url: 'https://a.example/p', title: 'A 隐私政策' },
      report(),
      day(1),
    ),
  );
  await fake.connector.history.add(
    toRecord(
      { url: 'https://b.example/s', title: '' },
      { url: 'https://b.example/p', title: 'B policy' },
      report({ score: 12, level: 'low', textHash: 'b' }),
      day(2),
    ),
  );
  const m = await mount(<History connector={fake.connector} />);
  unmount = m.unmount;
  return { ...fake, root: m.root };
}

const sites = (root: HTMLElement) => all(root, 'history-record').map((r) => r.querySelector('.site')?.textContent);

async function input(el: Element | undefined, value: string, event = 'input') {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el?.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

describe('history page', () => {
  test('lists audits newest first with score and level', async () => {
    const { root } = await page();
    expect(sites(root)).toEqual(['b.example', 'a.example']);
    expect(all(root, 'history-record')[1]?.textContent).toContain('High risk');
  });

  test('search, level filter and sort', async () => {
    const { root } = await page();
    await input(all(root, 'history-search')[0], '隐私');
    expect(sites(root)).toEqual(['a.example']);
    await input(all(root, 'history-search')[0], '');
    await input(all(root, 'history-level')[0], 'low', 'change');
    expect(sites(root)).toEqual(['b.example']);
    await input(all(root, 'history-level')[0], 'all', 'change');
    await input(all(root, 'history-sort')[0], 'riskiest', 'change');
    expect(sites(root)).toEqual(['a.example', 'b.example']);
  });

  test('per-site detail shows that site with its top findings', async () => {
    const { root } = await page();
    await act(() => (root.querySelectorAll<HTMLButtonElement>('.site')[1] as HTMLButtonElement).click());
    expect(all(root, 'site-detail')[0]?.textContent).toBe('Audits of a.example');
    expect(sites(root)).toEqual(['a.example']);
    expect(root.querySelector('.top')?.textContent).toContain('手机号码');
  });

  test('delete one, delete all', async () => {
    const { root } = await page();
    await act(() => (root.querySelector('.delete') as HTMLButtonElement).click());
    await settle();
    expect(sites(root)).toEqual(['a.example']);
    await act(() => (all(root, 'delete-all')[0] as HTMLButtonElement).click());
    await settle();
    expect(all(root, 'history-empty')).toHaveLength(1);
  });

  test('export JSON and CSV hand files to the connector', async () => {
    const { root, saved } = await page();
    await act(() => (all(root, 'export-json')[0] as HTMLButtonElement).click());
    await settle();
    await act(() => (all(root, 'export-csv')[0] as HTMLButtonElement).click());
    expect(saved.map((s) => s.type)).toEqual(['application/json', 'text/csv;charset=utf-8']);
    expect(JSON.parse(saved[0]?.content ?? '')).toMatchObject({ schema: 1, records: [{}, {}] });
    expect(saved[1]?.content.split('\r\n')).toHaveLength(4);
  });
});
