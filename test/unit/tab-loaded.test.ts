/**
 * loaded() waits for the page the tab was created for (issue #15): Firefox's new tab first reports
 * "complete" for its initial about:blank, whose URL it hides from us, and injecting then failed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loaded } from '../../src/background/tab-loaded';

type Listener = (id: number, info: { status?: string }, tab: { url?: string; status?: string }) => void;

/** chrome.tabs with a tab in a given state and a way to send onUpdated events. */
function fakeTabs(current: { url?: string; status: string } | null) {
  const listeners = new Set<Listener>();
  vi.stubGlobal('chrome', {
    tabs: {
      onUpdated: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
      get: async () => (current ? { id: 5, ...current } : Promise.reject(new Error('No tab with id: 5'))),
    },
  });
  return {
    update: (info: { status?: string; url?: string }, tab: { url?: string; status?: string }) =>
      [...listeners].forEach((l) => l(5, info, tab)),
    listening: () => listeners.size,
  };
}

const settled = async (p: Promise<void>) => {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 10));
  return done;
};

afterEach(() => vi.unstubAllGlobals());

describe('loaded', () => {
  test("Firefox's new tab: the initial about:blank is not the page", async () => {
    const tabs = fakeTabs({ status: 'complete' });
    const wait = loaded(5);
    expect(await settled(wait)).toBe(false);
    tabs.update({ status: 'loading' }, { status: 'loading' });
    tabs.update(
      { status: 'loading', url: 'http://127.0.0.1/p.html' },
      { url: 'http://127.0.0.1/p.html', status: 'loading' },
    );
    expect(await settled(wait)).toBe(false);
    tabs.update({ status: 'complete' }, { url: 'http://127.0.0.1/p.html', status: 'complete' });
    expect(await settled(wait)).toBe(true);
    expect(tabs.listening()).toBe(0);
  });

  test('a page that finished before the listener counts', async () => {
    fakeTabs({ url: 'http://127.0.0.1/p.html', status: 'complete' });
    expect(await settled(loaded(5))).toBe(true);
  });

  test('a tab that is gone does not hold the caller', async () => {
    fakeTabs(null);
    expect(await settled(loaded(5))).toBe(true);
  });

  test('an about:blank we can see is not the page either', async () => {
    const tabs = fakeTabs({ url: 'about:blank', status: 'complete' });
    const wait = loaded(5);
    expect(await settled(wait)).toBe(false);
    tabs.update({ status: 'complete' }, { url: 'about:blank', status: 'complete' });
    expect(await settled(wait)).toBe(false);
  });
});

describe('loaded, when an event is missed', () => {
  test('the tab is asked again: a "complete" no listener heard still ends the wait', async () => {
    const state: { url?: string; status: string } = { url: 'http://127.0.0.1/p.html', status: 'loading' };
    const tabs = fakeTabs(state);
    const wait = loaded(5);
    expect(await settled(wait)).toBe(false);
    state.status = 'complete';
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await settled(wait)).toBe(true);
    expect(tabs.listening()).toBe(0);
  });

  test('a tab that never completes holds the caller 30 seconds at most', async () => {
    vi.useFakeTimers();
    try {
      fakeTabs({ url: 'http://127.0.0.1/p.html', status: 'loading' });
      let done = false;
      void loaded(5).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(29_000);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1_500);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
