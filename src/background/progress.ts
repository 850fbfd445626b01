/**
 * Where each tab's audit stands (issue #17.4): a large policy takes seconds to download, parse and read, and
 * a spinner alone looks stuck. The pipeline reports its stages here; the popup polls while it waits.
 */
import type { AuditProgress } from '../messages';

export function progressBoard() {
  const byTab = new Map<number, AuditProgress>();
  return {
    set: (tabId: number, progress: AuditProgress) => void byTab.set(tabId, progress),
    get: (tabId: number): AuditProgress | null => byTab.get(tabId) ?? null,
    /** Runs one audit of `tabId`, forgetting its progress when it ends, however it ends. */
    async track<T>(tabId: number, run: () => Promise<T>): Promise<T> {
      try {
        return await run();
      } finally {
        byTab.delete(tabId);
      }
    },
  };
}
