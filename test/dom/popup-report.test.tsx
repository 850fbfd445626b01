/** The popup's report and its not-analysed actions, through the fake connector (issue #4). */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AuditTabResult } from '../../src/messages';
import { App } from '../../src/popup/App';
import { groupFindings } from '../../src/popup/groups';
import { fakeConnector } from './fake-connector';
import { finding, report } from '../fixtures/report';
import { all, mount, settle } from './render';

const page = { url: 'https://shop.example/signup', title: 'Sign up' };
const policy = { url: 'https://shop.example/privacy', title: '青檬隐私政策' };
let unmount = () => undefined as void;
afterEach(() => unmount());

async function popup(answer: (n: number, render?: boolean) => Promise<AuditTabResult>, grant = true) {
  const fake = fakeConnector(answer, 7, { grant });
  const m = await mount(<App connector={fake.connector} tabId={3} />);
  unmount = m.unmount;
  return { ...fake, root: m.root };
}

describe('groups', () => {
  test('each finding in one group; refusals are controls even about phones; context apart', () => {
    const g = groupFindings([
      finding({ quote: 'a', data: ['phone'], polarity: 'denies' }),
      finding({ quote: 'b', data: ['phone'] }),
      finding({ quote: 'c', purposes: ['marketing'] }),
      finding({ quote: 'd' }),
      finding({ quote: 'e', kind: 'context' }),
    ]);
    expect(g.groups.map((x) => [x.id, x.findings.map((f) => f.quote).join('')])).toEqual([
      ['recipients', 'd'],
      ['phone', 'b'],
      ['marketing', 'c'],
      ['controls', 'a'],
    ]);
    expect(g.context.map((f) => f.quote)).toEqual(['e']);
  });
});

describe('report', () => {
  test('score, level, policy, grouped findings with why and law, checklist; context collapsed', async () => {
    const withVerdict = { ...report() };
    const phoneClause = withVerdict.findings.find((f) => f.data.includes('phone'));
    const none = { answer: 'no' as const, findings: [] };
    withVerdict.verdict = {
      phone: { answer: 'yes', findings: phoneClause ? [phoneClause.id] : [] },
      marketing: none,
      sale: none,
    };
    const { root, opened } = await popup(async () => ({ kind: 'analysed', page, policy, report: withVerdict }));
    expect(all(root, 'risk-score')[0]?.textContent).toBe('72');
    expect(all(root, 'risk-level')[0]?.textContent).toBe('High risk');
    expect(all(root, 'policy-title')[0]?.textContent).toBe('青檬隐私政策');
    const findings = all(root, 'finding');
    expect(findings).toHaveLength(3);
    expect(findings[0]?.textContent).toContain('PIPL Art. 23');
    expect(findings[0]?.textContent).toContain('Your data may go to partners.');
    expect(root.querySelector('details.group-context')?.hasAttribute('open')).toBe(false);
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent ?? '');
    expect(headings).toEqual(
      expect.arrayContaining([
        'Clauses that name your number 1',
        'Your controls & refusals 1',
        'What the law requires',
      ]),
    );
    // the whole-policy answer is 'Your phone number'; no two sections of the popup share a title
    const titles = headings.map((h) => h.replace(/ \d+$/, ''));
    expect(new Set(titles).size).toBe(titles.length);
    expect(all(root, 'checklist-item').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Met'),
      expect.stringContaining('Missing'),
    ]);
    (all(root, 'open-policy')[0] as HTMLButtonElement).click();
    expect(opened).toEqual([policy.url]);
  });

  test("the model's own readings wear a badge that says so; rules' findings wear none", async () => {
    const rescued = finding({
      quote: '我们和合作伙伴可能通过同类技术收集您的信息。',
      rule: 'model-rescue',
      span: { start: 90, end: 111 },
    });
    const withModel = report({ findings: [...report().findings, rescued] });
    const { root } = await popup(async () => ({ kind: 'analysed', page, policy, report: withModel }));
    const badges = all(root, 'model-chip');
    expect(badges).toHaveLength(1);
    expect(badges[0]?.closest('li')?.textContent).toContain(rescued.quote);
    expect(badges[0]?.textContent).toBe('Model');
    expect(badges[0]?.getAttribute('title')).toContain('check the quote yourself');
  });

  test('a changed policy says since when and what changed', async () => {
    const change = { since: '2025-03-01T00:00:00.000Z', previousScore: 40, added: ['新条款'], removed: ['旧条款'] };
    const { root } = await popup(async () => ({ kind: 'analysed', page, policy, report: report(), change }));
    const banner = all(root, 'policy-changed')[0];
    expect(banner?.textContent).toMatch(/Changed since .*2025.*新条款.*旧条款/s);
  });
});

describe('not analysed', () => {
  test('needs-permission: the button asks for that origin, then audits again', async () => {
    let n = 0;
    const { root, requested, calls } = await popup(async () =>
      n++ === 0
        ? { kind: 'not-analysed', reason: 'needs-permission', detail: 'https://privacy.other.example', page }
        : { kind: 'analysed', page, policy, report: report() },
    );
    const button = all(root, 'grant-access')[0] as HTMLButtonElement;
    expect(button.textContent).toBe('Allow reading https://privacy.other.example');
    await act(() => button.click());
    await settle();
    expect(requested).toEqual(['https://privacy.other.example']);
    // The second answer renders a few turns later; one macrotask was not always enough with the machine loaded.
    await vi.waitFor(() => expect(calls).toEqual([3, 3]));
    await vi.waitFor(() => expect(all(root, 'risk-score')).toHaveLength(1));
  });

  test('needs-render: only the button lets the audit open the rendering tab (issue #18)', async () => {
    const { root, renders } = await popup(async (_tab, render): Promise<AuditTabResult> =>
      render
        ? { kind: 'analysed', page, policy, report: report() }
        : { kind: 'not-analysed', reason: 'needs-render', page, policy },
    );
    expect(renders).toEqual([false]);
    expect(all(root, 'not-analysed')[0]?.textContent).toContain('real visit');
    await act(() => (all(root, 'render-policy')[0] as HTMLButtonElement).click());
    await settle();
    expect(renders).toEqual([false, true]);
    expect(all(root, 'risk-score')).toHaveLength(1);
  });

  test('a refused link says so without the raw detail', async () => {
    const { root } = await popup(async () => ({
      kind: 'not-analysed',
      reason: 'refused-link',
      detail: 'loopback',
      policy: { url: 'http://localhost:8080/admin', title: '' },
    }));
    expect(all(root, 'not-analysed')[0]?.textContent).toContain('local-network address');
    expect(all(root, 'not-analysed')[0]?.textContent).not.toContain('loopback');
  });

  test('a refused permission leaves the advice in place', async () => {
    const { root, calls } = await popup(
      async () => ({ kind: 'not-analysed', reason: 'needs-permission', detail: 'https://o.example' }),
      false,
    );
    await act(() => (all(root, 'grant-access')[0] as HTMLButtonElement).click());
    await settle();
    expect(calls).toEqual([3]);
    expect(all(root, 'not-analysed')).toHaveLength(1);
  });

  test.each([
    ['timeout', 'took too long'],
    ['no-access', 'Click the toolbar icon'],
    ['fetch-failed', 'could not be downloaded'],
  ] as const)('%s explains what to do', async (reason, text) => {
    const { root } = await popup(async () => ({ kind: 'not-analysed', reason, detail: 'HTTP 503' }));
    expect(all(root, 'not-analysed')[0]?.textContent).toContain(text);
  });

  test('a 404 is a broken link: no advice to open it, no button to, the URL decoded (issue #17.5)', async () => {
    const gone = { url: 'https://shop.example/%E9%9A%90%E7%A7%81%E6%94%BF%E7%AD%96.html', title: '' };
    const { root } = await popup(async () => ({
      kind: 'not-analysed',
      reason: 'fetch-failed',
      detail: 'HTTP 404',
      policy: gone,
    }));
    const box = all(root, 'not-analysed')[0];
    expect(box?.textContent).toContain('link on this page is broken');
    expect(box?.textContent).not.toContain('Open the policy page');
    expect(box?.querySelectorAll('button')).toHaveLength(0);
    expect(box?.querySelector('.url')?.textContent).toBe('https://shop.example/隐私政策.html');
  });

  test('a PDF: "a PDF document", opened plainly, never with highlights', async () => {
    const pdf = { url: 'https://shop.example/p.pdf', title: '' };
    const { root, opened } = await popup(async () => ({
      kind: 'not-analysed',
      reason: 'not-html',
      detail: 'application/pdf',
      policy: pdf,
    }));
    const box = all(root, 'not-analysed')[0];
    expect(box?.textContent).toContain('The link leads to a PDF document.');
    expect(box?.textContent).not.toContain('application/pdf');
    await act(() => (all(root, 'open-plain')[0] as HTMLButtonElement).click());
    expect(opened).toEqual(['plain:https://shop.example/p.pdf']);
  });
});
