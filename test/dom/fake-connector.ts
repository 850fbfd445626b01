/** A Connector without a browser: English strings from the shipped locale file, answers chosen by the test. */
import en from '../../public/_locales/en/messages.json';
import type { AuditTabResult } from '../../src/messages';
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

export function fakeConnector(answer: (tabId: number) => Promise<AuditTabResult>, activeTab: number | null = 7) {
  const calls: number[] = [];
  const connector: Connector = {
    lang: 'en',
    version: '0.1.0',
    t: (key, ...substitutions) => format(key, substitutions),
    auditTab: (tabId) => {
      calls.push(tabId);
      return answer(tabId);
    },
    activeTabId: async () => activeTab,
    openHistory: async () => undefined,
  };
  return { connector, calls };
}
