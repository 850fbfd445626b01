/**
 * Reports cached per policy URL + text hash (issue #4): a second click on the same unchanged policy skips
 * the engine, while a changed text is a new key. Memory first; session storage survives the worker's naps.
 */
import type { AuditReport } from '../engine/types';

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** FNV-1a 32-bit over the extracted text: cheap, and only needs to tell texts apart for one URL. */
export function quickHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const MEMORY_MAX = 32;

export function reportCache(session?: SessionArea) {
  const memory = new Map<string, AuditReport>();
  const keyOf = (url: string, text: string) => `report:${url}#${quickHash(text)}`;
  return {
    async get(url: string, text: string): Promise<AuditReport | null> {
      const key = keyOf(url, text);
      const hit = memory.get(key);
      if (hit) return hit;
      const stored = (await session?.get(key).catch(() => ({}) as Record<string, unknown>))?.[key];
      return stored && typeof stored === 'object' ? (stored as AuditReport) : null;
    },
    async set(url: string, text: string, report: AuditReport): Promise<void> {
      const key = keyOf(url, text);
      memory.set(key, report);
      if (memory.size > MEMORY_MAX) memory.delete(memory.keys().next().value as string);
      // Session storage has a quota (10 MB); a full one costs a re-audit, never the answer.
      await session?.set({ [key]: report }).catch(() => undefined);
    },
  };
}
export type ReportCache = ReturnType<typeof reportCache>;
