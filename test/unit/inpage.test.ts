/** Issue #18: however often a page gets the chip's "details" clicked, one details tab at a time. */
import { expect, test, vi } from 'vitest';
import { inpageHandlers, type InpageBrowser } from '../../src/background/inpage';
import { report } from '../fixtures/report';

function browser(over: Partial<InpageBrowser> = {}) {
  let next = 100;
  return {
    inject: vi.fn(async () => undefined),
    openTab: vi.fn(async () => next++),
    reuseTab: vi.fn(async () => true),
    extensionUrl: (path: string) => `chrome-extension://id/${path}`,
    select: async () => null,
    dismissed: { has: async () => false, add: async () => undefined },
    guardState: async () => ({ enabled: true, matches: [], granted: [] }),
    setGuard: async () => ({ enabled: true, matches: [], granted: [] }),
    ...over,
  } satisfies InpageBrowser;
}

const deps = { audit: () => report(), auditTab: async () => ({ kind: 'not-analysed', reason: 'no-tab' }) as const };
const from = (tabId: number) => ({ tab: { id: tabId, url: 'https://shop.example/signup' } }) as never;

test('twenty asks in a burst open one tab; later asks reuse it', async () => {
  const b = browser();
  const { content } = inpageHandlers(deps, b);
  await Promise.all(Array.from({ length: 20 }, () => content['guard-details']({}, from(5))));
  expect(b.openTab).toHaveBeenCalledTimes(1);
  await content['guard-details']({}, from(6));
  expect(b.openTab).toHaveBeenCalledTimes(1);
  expect(b.reuseTab).toHaveBeenLastCalledWith(100, 'chrome-extension://id/src/popup/index.html?tabId=6');
});

test('once the user closed it, the next ask opens a new one', async () => {
  const b = browser({ reuseTab: vi.fn(async () => false) });
  const { content } = inpageHandlers(deps, b);
  await content['guard-details']({}, from(5));
  await content['guard-details']({}, from(5));
  expect(b.openTab).toHaveBeenCalledTimes(2);
});
