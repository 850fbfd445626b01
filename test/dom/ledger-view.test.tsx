/**
 * The ledger view over a memory store (issue #6): timelines by number, filters, who may have the number,
 * the trace helper's ranking, the complaint draft copied and shown, exports, delete one / all, and the
 * popup's "I gave my number here".
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Ledger } from '../../src/ledger/view/Ledger';
import { GaveNumber } from '../../src/popup/GaveNumber';
import { compress } from '../../src/ledger/snapshot';
import { clause, entry, policy } from '../fixtures/ledger';
import { fakeConnector } from './fake-connector';
import { all, mount, settle } from './render';

let unmount = () => undefined as void;
afterEach(() => unmount());
beforeEach(() => vi.stubGlobal('confirm', () => true));

const ads = clause({
  quote: '我们会将您的手机号码提供给广告合作伙伴，用于营销推广 <script>x()</script>。',
  phone: true,
  marketing: true,
  severity: 'severe',
  recipients: ['advertisers'],
});
const refuse = clause({
  quote: '未经您单独同意，我们不会向任何第三方提供您的手机号码。',
  polarity: 'consent',
  phone: true,
  severity: 'info',
});

async function page() {
  const fake = fakeConnector(async () => ({ kind: 'not-analysed', reason: 'no-tab' }));
  const snap = await compress('policy');
  await fake.connector.ledger.add(
    entry({
      site: 'https://ads.example',
      date: '2025-01-10T09:00:00Z',
      policy: policy({ findings: [ads], score: 80, level: 'severe' }),
    }),
    snap,
  );
  await fake.connector.ledger.add(
    entry({
      site: 'https://quiet.example',
      date: '2025-01-12T09:00:00Z',
      policy: policy({ findings: [refuse], score: 5, level: 'low', sha256: 'e'.repeat(64) }),
    }),
    snap,
  );
  await fake.connector.ledger.add(
    entry({
      site: 'https://other.example',
      masked: '139****0001',
      last4: '0001',
      numberHash: 'c'.repeat(64),
      policy: null,
      policyMissing: 'no-policy',
    }),
    null,
  );
  const m = await mount(<Ledger connector={fake.connector} />);
  unmount = m.unmount;
  return { ...fake, root: m.root };
}

async function input(el: Element | undefined, value: string, event = 'input') {
  await act(() => {
    (el as HTMLInputElement).value = value;
    el?.dispatchEvent(new Event(event, { bubbles: true }));
  });
}
const click = (el: Element | undefined) => act(() => (el as HTMLElement).click());
const sitesIn = (root: HTMLElement, id: string) => all(root, id).map((li) => li.getAttribute('data-site'));

describe('ledger view', () => {
  test('one timeline per number, headed by the mask; the local-only promise is on screen', async () => {
    const { root } = await page();
    expect(all(root, 'ledger-number').map((g) => g.querySelector('h3')?.textContent)).toEqual([
      '139****0001 · 1 entries',
      '138****5678 · 2 entries',
    ]);
    expect(root.textContent).toContain('never sends anything anywhere');
    expect(root.textContent).toContain('The privacy policy could not be read');
  });

  test('quotes are text, never markup', async () => {
    const { root } = await page();
    expect(root.querySelectorAll('script')).toHaveLength(0);
    expect(root.textContent).toContain('<script>x()</script>');
  });

  test('who may have my number lists only the sharing site', async () => {
    const { root } = await page();
    expect(sitesIn(root, 'ledger-exposure')).toEqual(['https://ads.example']);
  });

  test('filters: site, level, recipient, marketing', async () => {
    const { root } = await page();
    const shown = () => all(root, 'ledger-entry').map((e) => e.querySelector('.site')?.textContent);
    await input(all(root, 'ledger-level')[0], 'low', 'change');
    expect(shown()).toEqual(['https://quiet.example']);
    await input(all(root, 'ledger-level')[0], 'all', 'change');
    await input(all(root, 'ledger-recipient')[0], 'advertisers', 'change');
    expect(shown()).toEqual(['https://ads.example']);
    await input(all(root, 'ledger-recipient')[0], 'all', 'change');
    await input(all(root, 'ledger-site')[0], 'https://other.example', 'change');
    expect(shown()).toEqual(['https://other.example']);
  });

  test('trace: a date lists earlier entries with matching clauses; the complaint is copied and shown', async () => {
    const { root, copied } = await page();
    expect(all(root, 'trace-hit')).toHaveLength(0);
    await input(all(root, 'trace-date')[0], '2025-02-01');
    expect(sitesIn(root, 'trace-hit')).toEqual(['https://ads.example']);
    await click(all(root, 'trace-complaint')[0]);
    await settle();
    const text = (all(root, 'complaint-text')[0] as HTMLTextAreaElement).value;
    expect(text).toContain('https://ads.example');
    expect(text).toContain('138****5678');
    expect(text).toContain('2025-02-01');
    expect(text).toContain(ads.quote);
    expect(copied).toEqual([text]);
    expect(all(root, 'complaint-status')[0]?.textContent).toBe('Copied to the clipboard.');
  });

  test('exports hand HTML, Markdown and JSON to the connector', async () => {
    const { root, saved } = await page();
    await click(all(root, 'ledger-export-html')[0]);
    await click(all(root, 'ledger-export-md')[0]);
    await click(all(root, 'ledger-export-json')[0]);
    await settle();
    expect(saved.map((s) => s.type)).toEqual([
      'text/html;charset=utf-8',
      'text/markdown;charset=utf-8',
      'application/json',
    ]);
    expect(saved[0]?.content).toContain('&lt;script&gt;x()&lt;/script&gt;');
    expect(JSON.parse(saved[2]?.content ?? '')).toMatchObject({ app: 'policy-radar-ledger', entries: [{}, {}, {}] });
  });

  test('delete one, then everything', async () => {
    const { root } = await page();
    await click(all(root, 'ledger-delete')[0]);
    await settle();
    expect(all(root, 'ledger-entry')).toHaveLength(2);
    await click(all(root, 'ledger-delete-all')[0]);
    await settle();
    expect(all(root, 'ledger-empty')).toHaveLength(1);
  });
});

describe('popup: I gave my number here', () => {
  test('the number goes to the connector, the field is emptied, the popup says where it went', async () => {
    const fake = fakeConnector(async () => ({ kind: 'not-analysed', reason: 'no-tab' }));
    const m = await mount(<GaveNumber connector={fake.connector} tabId={9} />);
    unmount = m.unmount;
    await click(all(m.root, 'gave-number')[0]);
    const field = all(m.root, 'gave-number-input')[0] as HTMLInputElement;
    field.value = '12';
    await click(all(m.root, 'gave-number-save')[0]);
    expect(all(m.root, 'gave-number-status')[0]?.textContent).toContain('last 4 digits');
    field.value = '13812345678';
    await click(all(m.root, 'gave-number-save')[0]);
    await settle();
    expect(field.value).toBe('');
    expect(fake.added).toEqual([{ tabId: 9, raw: '13812345678' }]);
    expect(all(m.root, 'gave-number-status')[0]?.textContent).toBe('Added to your phone-number ledger.');
  });
});
