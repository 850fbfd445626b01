/** A Connector without a browser: English strings from the shipped locale file, answers chosen by the test. */
import en from '../../public/_locales/en/messages.json';
import { historyStore, type StorageArea } from '../../src/history/store';
import { ledgerStore, type LedgerArea } from '../../src/ledger/store';
import { memoryLedgerArea } from '../fixtures/memory-area';
import type { AuditProgress, AuditTabResult } from '../../src/messages';
import type { Connector, MessageKey } from '../../src/shared/connector';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** The subset of chrome.i18n.getMessage the UI uses: named placeholders whose content is $1, $2… */
export function format(key: MessageKey, substitutions: string[]): string {
  const entry: Entry = en[key];
  return entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? whole;
    return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

/** storage.local in memory, cloning like the real one so tests catch shared-reference bugs. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
  };
}

export function fakeConnector(
  answer: (tabId: number, render?: boolean) => Promise<AuditTabResult>,
  activeTab: number | null = 7,
  options: { grant?: boolean; area?: StorageArea; ledgerArea?: LedgerArea; progress?: AuditProgress } = {},
) {
  const copied: string[] = [];
  const added: { tabId: number; raw: string }[] = [];
  const calls: number[] = [];
  /** per audit, whether it was allowed to open the rendering tab */
  const renders: boolean[] = [];
  const opened: string[] = [];
  const requested: string[] = [];
  const saved: { name: string; content: string; type: string }[] = [];
  const connector: Connector = {
    lang: 'en',
    version: '0.1.0',
    t: (key, ...substitutions) => format(key, substitutions),
    auditTab: (tabId, render) => {
      calls.push(tabId);
      renders.push(render === true);
      return answer(tabId, render);
    },
    auditProgress: async () => options.progress ?? null,
    activeTabId: async () => activeTab,
    openHistory: async () => undefined,
    requestOrigin: async (origin) => {
      requested.push(origin);
      return options.grant ?? true;
    },
    openPolicy: async (url, finding) => void opened.push(finding ? `${url}#${finding.id}` : url),
    openPage: async (url) => void opened.push(`plain:${url}`),
    history: historyStore(options.area ?? memoryArea()),
    saveFile: (name, content, type) => void saved.push({ name, content, type }),
    ledger: ledgerStore(options.ledgerArea ?? memoryLedgerArea()),
    ledgerAdd: async (tabId, raw) => {
      added.push({ tabId, raw });
      return /^\d{4}$|^\d{7,}$/.test(raw.replace(/\D/g, ''));
    },
    copyText: async (text) => {
      copied.push(text);
      return true;
    },
  };
  return { connector, calls, renders, opened, requested, saved, copied, added };
}
