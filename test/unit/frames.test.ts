/** Issue #17.1/#17.2: which frame's discovery the pipeline reads, and what it makes of a dialog or a script link. */
import { describe, expect, test, vi } from 'vitest';
import { reportCache } from '../../src/background/cache';
import { mergeFrames } from '../../src/background/frames';
import { auditTab, type BackgroundDeps } from '../../src/background/handlers';
import type { PageDiscovery } from '../../src/inject/types';
import { ledgerStore } from '../../src/ledger/store';
import { memoryLedgerArea } from '../fixtures/memory-area';
import { report } from '../fixtures/report';

const TOP = 'https://shop.example/login';
const FRAME = 'https://passport.example/frame';
const text = (t: string) => ({
  title: t,
  text: `${t} 隐私政策`.repeat(40),
  chars: 40 * (t.length + 5),
  method: 'body' as const,
});

function found(url: string, over: Partial<PageDiscovery> = {}): PageDiscovery {
  return {
    url,
    title: url,
    self: { isPolicy: false, confidence: 0, signals: [] },
    store: null,
    candidates: [],
    main: null,
    ...over,
  };
}
const link = (url: string, score = 90) => ({ url, text: '《隐私政策》', score, source: 'consent-label' as const });

describe('mergeFrames', () => {
  test('the top page speaks first when it offers anything', () => {
    const top = found(TOP, { candidates: [link('https://shop.example/p')] });
    expect(
      mergeFrames([
        { frameId: 0, found: top },
        { frameId: 3, found: found(FRAME, { candidates: [link(FRAME)] }) },
      ]),
    ).toBe(top);
  });

  test('a top page with nothing takes the best linking frame, and names it', () => {
    const merged = mergeFrames([
      { frameId: 0, found: found(TOP) },
      { frameId: 2, found: found('https://ads.example/x', { candidates: [link('https://ads.example/p', 40)] }) },
      { frameId: 3, found: found(FRAME, { candidates: [link('https://passport.example/p', 95)] }) },
    ]);
    expect(merged).toMatchObject({ url: TOP, frame: FRAME, candidates: [{ url: 'https://passport.example/p' }] });
  });

  test('a frame showing a policy dialog beats one that only links', () => {
    const merged = mergeFrames([
      { frameId: 0, found: found(TOP) },
      { frameId: 1, found: found('https://a.example/', { candidates: [link('https://a.example/p')] }) },
      { frameId: 2, found: found(FRAME, { dialog: text('弹窗') }) },
    ]);
    expect(merged).toMatchObject({ frame: FRAME, dialog: { title: '弹窗' } });
  });

  test('no top frame → null; nothing anywhere → the top page, with a script link found in a frame', () => {
    expect(mergeFrames([{ frameId: 4, found: found(FRAME) }])).toBeNull();
    const merged = mergeFrames([
      { frameId: 0, found: found(TOP) },
      { frameId: 1, found: found(FRAME, { behindClick: '《隐私政策》' }) },
    ]);
    expect(merged).toMatchObject({ url: TOP, behindClick: '《隐私政策》' });
    expect(merged).not.toHaveProperty('frame');
  });
});

function deps(discovery: PageDiscovery) {
  return {
    version: '1',
    getTab: async () => ({ url: TOP, title: 'Login' }),
    discover: async () => discovery,
    hasOrigin: async () => true,
    fetchDirect: vi.fn(async () => Promise.reject(new Error('must not fetch'))),
    fetchInTab: vi.fn(async () => Promise.reject(new Error('must not fetch'))),
    parse: async () => ({ title: '', text: '', scriptRendered: false }),
    render: async () => ({ title: '', text: '' }),
    audit: vi.fn(() => report()),
    cache: reportCache(),
    record: async () => undefined,
    badge: async () => undefined,
    ledger: { store: ledgerStore(memoryLedgerArea()), salt: async () => 'a'.repeat(64) },
  } satisfies BackgroundDeps;
}

describe('audit-tab with frames and dialogs', () => {
  test('an open policy dialog is audited as shown, its links never fetched', async () => {
    const d = deps(
      found(TOP, { dialog: text('青禾隐私政策'), candidates: [link('https://shop.example/files/v2.pdf')] }),
    );
    const result = await auditTab(d, 1);
    expect(result).toMatchObject({ kind: 'analysed', policy: { url: TOP, title: '青禾隐私政策' }, inDialog: true });
    expect(d.audit).toHaveBeenCalledWith(text('青禾隐私政策').text);
    expect(d.fetchDirect).not.toHaveBeenCalled();
  });

  test('a policy only behind a script link → policy-behind-click, with its words', async () => {
    const result = await auditTab(deps(found(TOP, { behindClick: '《隐私政策》' })), 1);
    expect(result).toMatchObject({ kind: 'not-analysed', reason: 'policy-behind-click', detail: '《隐私政策》' });
  });

  test('a frame that is itself the policy: its text, under its own URL, and the frame named', async () => {
    const result = await auditTab(deps(found(TOP, { main: text('协议'), frame: FRAME })), 1);
    expect(result).toMatchObject({ kind: 'analysed', page: { url: TOP }, policy: { url: FRAME }, frame: FRAME });
  });
});
