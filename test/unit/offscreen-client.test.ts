/**
 * The offscreen document (Chrome's parser) is created on the first audit of a session. createDocument resolves
 * before the document's scripts have added their listener, and a message sent in that gap fails with "Receiving
 * end does not exist" (issue #15). The fake below answers only once its listener exists, 120 ms after creation.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const RECEIVING_END = 'Could not establish connection. Receiving end does not exist.';
const parsed = { title: '隐私政策', text: '我们会与广告合作伙伴共享您的手机号码。', scriptRendered: false };

/**
 * One browser and chrome for the whole file: webextension-polyfill is loaded by Node once and keeps the first
 * `browser` it saw, so each test changes this state rather than the objects.
 */
const state = { created: null as number | null, listenerAfterMs: 0, sent: [] as string[] };
const listening = () => state.created !== null && Date.now() - state.created >= state.listenerAfterMs;

function fakeBrowser(listenerAfterMs: number) {
  Object.assign(state, { created: null, listenerAfterMs, sent: [] });
  vi.stubGlobal('browser', {
    runtime: {
      id: 'policy-radar-test',
      sendMessage: async (message: { type: string }) => {
        state.sent.push(message.type);
        if (!listening()) throw new Error(RECEIVING_END);
        if (message.type === 'parse-html') return parsed;
        return message.type === 'offscreen-ping' ? { ready: true } : undefined;
      },
    },
  });
  vi.stubGlobal('chrome', {
    runtime: {
      id: 'policy-radar-test',
      ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
      getURL: (path: string) => `chrome-extension://policy-radar-test/${path}`,
      getContexts: async () => (state.created === null ? [] : [{}]),
    },
    offscreen: {
      Reason: { DOM_PARSER: 'DOM_PARSER' },
      createDocument: async () => void (state.created = Date.now()),
    },
  });
  return state;
}

beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllGlobals());

describe('parseAnywhere through a new offscreen document', () => {
  test('waits for the document to listen instead of failing the first audit', async () => {
    const { sent } = fakeBrowser(120);
    const { parseAnywhere } = await import('../../src/background/offscreen-client');
    await expect(parseAnywhere('<p>x</p>', 'https://shop.example/privacy')).resolves.toEqual(parsed);
    expect(sent.at(-1)).toBe('parse-html');
  });

  test('a document that never listens still ends in an error, not a hang', async () => {
    vi.useFakeTimers();
    try {
      fakeBrowser(Number.POSITIVE_INFINITY);
      const { parseAnywhere } = await import('../../src/background/offscreen-client');
      const result = parseAnywhere('<p>x</p>', 'https://shop.example/privacy').catch((e: Error) => e.message);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(await result).toBe(RECEIVING_END);
    } finally {
      vi.useRealTimers();
    }
  });
});
