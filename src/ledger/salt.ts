/**
 * The per-install salt of number hashes (issue #6): made once, never exported. Issue #18: it lives in the
 * extension origin's IndexedDB, which content scripts (running in the page's origin) cannot open, whereas
 * every content script can read storage.local. A salt an older version left there is moved and deleted.
 */
import type { StorageArea } from '../history/store';
import { SALT_KEY } from './hash';

export interface LegacyArea extends StorageArea {
  remove(key: string): Promise<void>;
}

let pending: Promise<string> | null = null;

const valid = (x: unknown): x is string => typeof x === 'string' && x.length >= 32;

function fresh(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function ensureSalt(area: StorageArea, legacy?: LegacyArea): Promise<string> {
  // One creation even when the worker and a page ask at once; a failed read is retried next time.
  pending ??= (async () => {
    const stored = (await area.get(SALT_KEY))[SALT_KEY];
    const old = legacy ? (await legacy.get(SALT_KEY))[SALT_KEY] : undefined;
    const salt = valid(stored) ? stored : valid(old) ? old : fresh();
    if (salt !== stored) await area.set({ [SALT_KEY]: salt });
    if (old !== undefined) await legacy?.remove(SALT_KEY);
    return salt;
  })().catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}

/** Tests start each case with a fresh storage area. */
export const resetSaltCache = (): void => void (pending = null);

/** A key-value StorageArea over the extension origin's IndexedDB: readable by our pages and worker only. */
export function idbArea(name = 'policy-radar-secrets'): StorageArea {
  const STORE = 'kv';
  const db = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    });
  const run = async <T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const conn = await db();
    try {
      return await new Promise<T>((resolve, reject) => {
        const tx = conn.transaction(STORE, mode);
        const req = act(tx.objectStore(STORE));
        tx.oncomplete = () => resolve(req.result);
        tx.onerror = () => reject(tx.error ?? new Error('indexedDB transaction failed'));
      });
    } finally {
      conn.close();
    }
  };
  return {
    async get(key) {
      const value: unknown = await run('readonly', (s) => s.get(key));
      return value === undefined ? {} : { [key]: value };
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) await run('readwrite', (s) => s.put(value, key));
    },
  };
}
