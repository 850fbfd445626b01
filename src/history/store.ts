/**
 * History in storage.local (issue #4), one schema-versioned value. Used by the worker to record audits and
 * by the history page to list, delete, import and export; both go through migrate() on every read.
 */
import type { PolicyChange } from '../messages';
import { MAX_IMPORT_CHARS, isObj } from '../shared/checks';
import { diffQuotes } from './diff';
import { importable } from './import-check';
import { mergeInto, sameAudit } from './same-day';
import { HISTORY_KEY, HISTORY_SCHEMA, migrate, type HistoryData, type HistoryRecord } from './schema';

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Oldest records go first past this; ~2 KB each keeps storage.local far under its 10 MB quota. */
export const HISTORY_MAX = 1000;

export function historyStore(area: StorageArea) {
  // Writes queue behind each other: two audits finishing together must not drop one another's record.
  let queue: Promise<unknown> = Promise.resolve();
  const load = async (): Promise<HistoryData> => migrate((await area.get(HISTORY_KEY))[HISTORY_KEY]);
  const update = <T>(change: (records: HistoryRecord[]) => { records: HistoryRecord[]; value: T }): Promise<T> => {
    const next = queue.then(async () => {
      const { records, value } = change((await load()).records);
      await area.set({ [HISTORY_KEY]: { schema: HISTORY_SCHEMA, records: records.slice(0, HISTORY_MAX) } });
      return value;
    });
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    list: async (): Promise<HistoryRecord[]> => (await load()).records,

    /** Newest first. The same text on the same day updates its row (issue #17.7); a new text records a change. */
    add: (record: HistoryRecord) =>
      update<PolicyChange | undefined>((records) => {
        const previous = records.find((r) => r.policyUrl === record.policyUrl);
        let change = previous?.change;
        if (previous && previous.textHash !== record.textHash) {
          change = {
            since: previous.date,
            previousScore: previous.score,
            ...diffQuotes(previous.quotes, record.quotes),
          };
        }
        const today = records.find((r) => sameAudit(r, record));
        const merged = today ? mergeInto(today, record) : record;
        const stored = change ? { ...merged, change } : merged;
        return { records: [stored, ...records.filter((r) => r !== today)], value: change };
      }),

    remove: (id: string) => update((records) => ({ records: records.filter((r) => r.id !== id), value: undefined })),
    clear: () => update(() => ({ records: [], value: undefined })),

    exportJson: async (): Promise<string> =>
      JSON.stringify({ app: 'policy-radar', ...(await load()) } satisfies HistoryData & { app: string }, null, 2),

    /**
     * Merges by id, so importing the same file twice adds nothing. Returns how many records were new.
     * Issue #18: every field is checked, and the user's own records are never pushed out to make room.
     */
    importJson: async (json: string, now = new Date()) => {
      const incoming = parseExport(json);
      return update((records) => {
        const fresh = importable(incoming, records, HISTORY_MAX, now);
        const merged = [...records, ...fresh].sort((a, b) => b.date.localeCompare(a.date));
        return { records: merged, value: fresh.length };
      });
    },
  };
}
export type HistoryStore = ReturnType<typeof historyStore>;

function parseExport(json: string): unknown[] {
  if (json.length > MAX_IMPORT_CHARS) throw new Error('import file too large');
  const raw = JSON.parse(json) as unknown;
  // The schema check (and schema 0's conversion) is migrate()'s; every field is checked in importable().
  const migrated = migrate(raw).records;
  const records: unknown[] = isObj(raw) && Array.isArray(raw.records) ? raw.records : migrated;
  return records.slice(0, HISTORY_MAX);
}
