/**
 * Issue #18: the chip in a page that wants to use it. Its root is closed, the page's DOM never holds a
 * fetch outcome, and only trusted clicks act (jsdom's dispatchEvent is untrusted, like a page's script).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createChip } from '../../src/content/guard/chip';
import type { AuditTabResult } from '../../src/messages';

const sendMessage = vi.fn(async () => ({ ok: true }));
let roots: ShadowRoot[] = [];
const attach = HTMLElement.prototype.attachShadow;

beforeEach(() => {
  Object.assign(globalThis, { chrome: { runtime: { sendMessage } } });
  sendMessage.mockClear();
  roots = [];
  // The test's own window into the closed root: the page has no such hook in the isolated world's prototype.
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  document.body.innerHTML = '<form><input id="phone" type="tel"></form>';
});
afterEach(() => vi.restoreAllMocks());

const failed: AuditTabResult = {
  kind: 'not-analysed',
  reason: 'fetch-failed',
  detail: 'Failed to fetch',
  policy: { url: 'http://192.168.1.1/', title: '' },
};

async function shown(result: AuditTabResult) {
  const chip = createChip(document, 'en', async () => result);
  chip.show(document.getElementById('phone') as HTMLInputElement);
  await new Promise((r) => setTimeout(r, 0));
  const root = roots[0];
  if (!root) throw new Error('no shadow root');
  return root;
}

describe('the guard chip', () => {
  test('lives in a closed root the page cannot open', async () => {
    const root = await shown(failed);
    expect(root.mode).toBe('closed');
    expect(document.querySelector('[data-policy-radar]')?.shadowRoot).toBeNull();
  });

  test('says "not analysed" and nothing about what the request found', async () => {
    const root = await shown(failed);
    const chip = root.querySelector('[data-testid=guard-chip]') as HTMLElement;
    expect(chip.textContent).toContain('not analysed');
    const everything = document.documentElement.outerHTML + [...root.querySelectorAll('*')].map((e) => e.outerHTML);
    for (const leak of ['Failed to fetch', 'fetch-failed', '192.168', 'data-reason'])
      expect(everything).not.toContain(leak);
  });

  test('untrusted clicks neither open details nor dismiss', async () => {
    const root = await shown(failed);
    (root.querySelector('[data-testid=guard-chip-open]') as HTMLElement).click();
    (root.querySelector('button.x') as HTMLElement).click();
    expect(sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'guard-details' }));
    expect(sendMessage).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'guard-dismiss' }));
    expect(document.querySelector('[data-policy-radar]')).not.toBeNull();
  });
});
