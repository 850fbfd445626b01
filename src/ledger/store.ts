/**
 * The ledger in storage.local (issue #6): one schema-versioned index value plus one snapshot key per
 * policy text. Writes queue like history's, entries are never trimmed (manifest: unlimitedStorage), and
 * a snapshot goes only when the last entry citing it does.
 */
import type { StorageArea } from '../history/store';
import { MAX_IMPORT_CHARS, isObj } from '../shared/checks';
import { MAX_IMPORT_ENTRIES, validLedgerEntry, validSnapshot } from './import-check';
import {
  LEDGER_KEY,
  LEDGER_SCHEMA,
  SNAPSHOT_PREFIX,
  isSnapshot,
  migrate,
  type LedgerData,
  type LedgerEntry,
  type LedgerExport,
  type Snapshot,
} from './schema';

export interface LedgerArea extends StorageArea {
  remove(keys: string | string[]): Promise<void>;
}

/** The same number on the same site within this window is one act of giving it (submit, then pagehide). */
export const SAME_ACT_MS = 10 * 60 * 1000;

const snapKey = (sha: string) => SNAPSHOT_PREFIX + sha;
const cited = (entries: LedgerEntry[]) => new Set(entries.flatMap((e) => (e.policy ? [e.policy.sha256] : [])));
const newestFirst = (a: LedgerEntry, b: LedgerEntry) => b.date.localeCompare(a.date);

function sameAct(a: LedgerEntry, b: LedgerEntry): boolean {
  if (a.site !== b.site || a.last4 !== b.last4 || a.numberHash !== b.numberHash) return false;
  return Math.abs(Date.parse(a.date) - Date.parse(b.date)) < SAME_ACT_MS;
}

export function ledgerStore(area: LedgerArea) {
  let queue: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<LedgerData> => migrate((await area.get(LEDGER_KEY))[LEDGER_KEY]);
  const update = <T>(change: (entries: LedgerEntry[]) => Promise<{ entries: LedgerEntry[]; value: T }>) => {
    const next = queue.then(async () => {
      const before = (await load()).entries;
      const { entries, value } = await change(before);
      await area.set({ [LEDGER_KEY]: { schema: LEDGER_SCHEMA, entries } satisfies LedgerData });
      const keep = cited(entries);
      const orphans = [...cited(before)].filter((sha) => !keep.has(sha)).map(snapKey);
      if (orphans.length > 0) await area.remove(orphans);
      return value;
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const snapshot = async (sha: string): Promise<Snapshot | null> => {
    const got = (await area.get(snapKey(sha)))[snapKey(sha)];
    return isSnapshot(got) ? got : null;
  };

  return {
    list: async (): Promise<LedgerEntry[]> => (await load()).entries,
    snapshot,

    /** A repeat of the same act (submit then pagehide) keeps the first entry and returns it. */
    add: (entry: LedgerEntry, snap: Snapshot | null) =>
      update(async (entries) => {
        const twin = entries.find((e) => sameAct(e, entry));
        if (twin) return { entries, value: twin };
        if (entry.policy && snap && !(await snapshot(entry.policy.sha256))) {
          await area.set({ [snapKey(entry.policy.sha256)]: snap });
        }
        return { entries: [entry, ...entries].sort(newestFirst), value: entry };
      }),

    remove: (id: string) =>
      update(async (entries) => ({ entries: entries.filter((e) => e.id !== id), value: undefined })),
    clear: () => update(async () => ({ entries: [], value: undefined })),

    exportData: async (): Promise<LedgerExport> => {
      const { entries } = await load();
      const snapshots: Record<string, Snapshot> = {};
      for (const sha of cited(entries)) {
        const s = await snapshot(sha);
        if (s) snapshots[sha] = s;
      }
      return { app: 'policy-radar-ledger', schema: LEDGER_SCHEMA, entries, snapshots };
    },

    /**
     * Merges by id (importing twice adds nothing); returns how many entries were new. Issue #18: every
     * field is checked (./import-check.ts), and entries are never trimmed, so none of the user's go.
     */
    importJson: async (json: string, now = new Date()): Promise<number> => {
      if (json.length > MAX_IMPORT_CHARS) throw new Error('import file too large');
      const raw = JSON.parse(json) as Partial<LedgerExport>;
      migrate({ schema: raw.schema, entries: [] });
      if (!Array.isArray(raw.entries) || raw.entries.length > MAX_IMPORT_ENTRIES)
        throw new Error('not a ledger export');
      const incoming = raw.entries.filter((e): e is LedgerEntry => validLedgerEntry(e, now));
      const snaps: Record<string, unknown> = isObj(raw.snapshots) ? raw.snapshots : {};
      return update(async (entries) => {
        const known = new Set(entries.map((e) => e.id));
        const fresh = incoming.filter((e) => !known.has(e.id));
        for (const sha of cited(fresh)) {
          const s = Object.hasOwn(snaps, sha) ? snaps[sha] : undefined;
          if (validSnapshot(s) && !(await snapshot(sha))) await area.set({ [snapKey(sha)]: s });
        }
        return { entries: [...entries, ...fresh].sort(newestFirst), value: fresh.length };
      });
    },
  };
}
export type LedgerStore = ReturnType<typeof ledgerStore>;
