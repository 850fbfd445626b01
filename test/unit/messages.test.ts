/** The door of the service worker: who may send what (STYLE.md point 6, issue #4 "senders checked"). */
import { describe, expect, test, vi } from 'vitest';
import { handle, senderKind, type Sender } from '../../src/messages';
import type { AuditReport } from '../../src/engine/types';

const runtime = { id: 'ours', getURL: (path: string) => `chrome-extension://ours${path}` };
const popup: Sender = { id: 'ours', url: 'chrome-extension://ours/src/popup/index.html' };
const popupInTab: Sender = {
  ...popup,
  url: 'chrome-extension://ours/src/popup/index.html?tabId=3',
  tab: { id: 9 } as Sender['tab'],
};
const content: Sender = { id: 'ours', url: 'https://shop.example/signup', tab: { id: 3 } as Sender['tab'] };
const otherExtension: Sender = { id: 'theirs', url: 'chrome-extension://theirs/page.html' };
const spoofedUrl: Sender = { id: 'theirs', url: 'chrome-extension://ours/src/popup/index.html' };
const noTab: Sender = { id: 'ours', url: 'https://shop.example/' };

describe('senderKind', () => {
  test.each([
    ['popup', popup, 'ui'],
    ['popup opened in a tab (e2e)', popupInTab, 'ui'],
    ['content script', content, 'content'],
    ['another extension', otherExtension, null],
    ['another extension claiming our URL', spoofedUrl, null],
    ['our id but neither our page nor a tab', noTab, null],
  ] as const)('%s → %s', (_name, sender, kind) => {
    expect(senderKind(runtime, sender)).toBe(kind);
  });
});

const guard = { enabled: false, matches: [], granted: [] };

function setup() {
  const ui = {
    ping: vi.fn(async () => ({ version: '1' })),
    'audit-tab': vi.fn(async () => ({ kind: 'not-analysed', reason: 'no-tab' }) as const),
    'highlight-tab': vi.fn(async () => ({ state: 'off' }) as const),
    'open-highlighted': vi.fn(async () => ({ state: 'failed' }) as const),
    'guard-state': vi.fn(async () => guard),
    'guard-set': vi.fn(async () => guard),
    'ledger-add': vi.fn(async () => ({ ok: false }) as const),
    'audit-progress': vi.fn(async () => null),
  };
  const content = {
    ping: vi.fn(async () => ({ version: '1' })),
    'highlight-audit': vi.fn(async () => ({}) as AuditReport),
    'guard-chip': vi.fn(async () => ({ show: false })),
    'guard-audit': vi.fn(async () => ({ kind: 'not-analysed', reason: 'no-policy' }) as const),
    'guard-dismiss': vi.fn(async () => ({ ok: true }) as const),
    'guard-details': vi.fn(async () => ({ ok: true }) as const),
    'phone-submitted': vi.fn(async () => ({ ok: true })),
  };
  return { ui, content, listener: handle(runtime, { ui, content }) };
}

describe('handle', () => {
  test('routes a known UI message to its handler', async () => {
    const { ui, listener } = setup();
    await expect(listener({ type: 'audit-tab', payload: { tabId: 3 } }, popup)).resolves.toEqual({
      kind: 'not-analysed',
      reason: 'no-tab',
    });
    expect(ui['audit-tab']).toHaveBeenCalledWith({ tabId: 3 }, popup);
  });

  test('content scripts may ping', async () => {
    await expect(setup().listener({ type: 'ping', payload: {} }, content)).resolves.toEqual({ version: '1' });
  });

  test.each([
    ['a content script asking for an audit', { type: 'audit-tab', payload: { tabId: 3 } }, content],
    ['another extension', { type: 'ping', payload: {} }, otherExtension],
    ['an unknown type', { type: 'erase-history', payload: {} }, popup],
    ['a prototype key as type', { type: 'constructor', payload: {} }, popup],
    ['__proto__ as type', { type: '__proto__', payload: {} }, popup],
    ['a missing type', { payload: {} }, popup],
    ['a non-object message', 'ping', popup],
    ['a negative tab id', { type: 'audit-tab', payload: { tabId: -1 } }, popup],
    ['a string tab id', { type: 'audit-tab', payload: { tabId: '3' } }, popup],
    ['a fractional tab id', { type: 'audit-tab', payload: { tabId: 1.5 } }, popup],
    ['ping with extra fields', { type: 'ping', payload: { x: 1 } }, popup],
  ])('drops %s', (_name, message, sender) => {
    const { ui, content: c, listener } = setup();
    expect(listener(message, sender)).toBeUndefined();
    expect(ui['audit-tab']).not.toHaveBeenCalled();
    expect(ui.ping).not.toHaveBeenCalled();
    expect(c.ping).not.toHaveBeenCalled();
  });
});
