/** The per-install salt of number hashes (issue #6): made once, kept in storage.local, never exported. */
import type { StorageArea } from '../history/store';
import { SALT_KEY } from './hash';

let pending: Promise<string> | null = null;

export function ensureSalt(area: StorageArea): Promise<string> {
  // One creation even when the worker and a page ask at once; a failed read is retried next time.
  pending ??= (async () => {
    const stored = (await area.get(SALT_KEY))[SALT_KEY];
    if (typeof stored === 'string' && stored.length >= 32) return stored;
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    const salt = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    await area.set({ [SALT_KEY]: salt });
    return salt;
  })().catch((e: unknown) => {
    pending = null;
    throw e;
  });
  return pending;
}

/** Tests start each case with a fresh storage area. */
export const resetSaltCache = (): void => void (pending = null);
