/**
 * The in-page fetch (issue #15). In a Firefox content script the downloaded bytes are a wrapper whose
 * `constructor` may not be read ("Permission denied to access property "constructor""), so anything that
 * builds a new typed array from them by species — subarray, slice, map — throws there. The test reads the
 * page fetch with that property made unreadable, as Firefox does, and the bytes must come back whole.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { pageFetch, runFile } from '../../src/background/tab-scripts';

const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);

function firefoxContentScript() {
  const headers = new Headers({ 'content-type': 'text/html; charset=gbk' });
  // Streamed in 16 KB chunks, as the 5 MB cap reads it (issue #18); each chunk cut before the trap is set.
  const chunks = Array.from({ length: Math.ceil(bytes.length / 16_384) }, (_, i) =>
    bytes.slice(i * 16_384, (i + 1) * 16_384),
  );
  const reader = () => {
    let next = 0;
    return {
      read: async () => (next < chunks.length ? { done: false, value: chunks[next++] } : { done: true }),
      cancel: async () => undefined,
    };
  };
  vi.stubGlobal('fetch', async (url: string) => ({ status: 200, url, headers, body: { getReader: reader } }));
  Object.defineProperty(Uint8Array.prototype, 'constructor', {
    configurable: true,
    get() {
      throw new Error('Permission denied to access property "constructor"');
    },
  });
}

/** Node's own checks (and vitest's) read the property too: it is readable again before anything is compared. */
function readable() {
  Object.defineProperty(Uint8Array.prototype, 'constructor', {
    configurable: true,
    writable: true,
    value: Uint8Array,
  });
}

afterEach(() => {
  readable();
  vi.unstubAllGlobals();
});

describe('pageFetch', () => {
  test('returns every byte, past the 32 KB chunks, where species constructors may not be read', async () => {
    firefoxContentScript();
    const got = await pageFetch('http://127.0.0.1/privacy.html', true).finally(readable);
    if (!got) throw new Error('no answer');
    expect(got.contentType).toBe('text/html; charset=gbk');
    expect(Uint8Array.from(atob(got.base64), (c) => c.charCodeAt(0))).toEqual(bytes);
  });
});

describe('runFile', () => {
  test("a script that threw says so and why (Firefox's `error`), not only that it returned nothing", async () => {
    vi.stubGlobal('chrome', {
      scripting: { executeScript: async () => [{ frameId: 0, error: new Error('Permission denied to access x') }] },
    });
    await expect(runFile(1, 'inject/discover.js')).rejects.toThrow(
      'inject/discover.js threw: Permission denied to access x',
    );
  });
  test('a script that returned nothing says that', async () => {
    vi.stubGlobal('chrome', { scripting: { executeScript: async () => [{ frameId: 0 }] } });
    await expect(runFile(1, 'inject/discover.js')).rejects.toThrow('inject/discover.js returned nothing');
  });
});
