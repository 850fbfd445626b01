/**
 * What the UI pages may ask of the browser, as one small interface (STYLE.md point 7):
 * Preact components take a Connector, so tests hand them a fake instead of a browser.
 */
import type { AuditProgress, AuditTabResult } from '../messages';
import type { HistoryStore } from '../history/store';
import type { LedgerStore } from '../ledger/store';
import type enMessages from '../../public/_locales/en/messages.json';

/** Locale keys, checked against the English file; test/unit/locales.test.ts keeps the others in step. */
export type MessageKey = keyof typeof enMessages;

export interface Connector {
  /** BCP 47 UI language, for <html lang> */
  readonly lang: string;
  readonly version: string;
  t(key: MessageKey, ...substitutions: string[]): string;
  /** `render`: the user clicked to let the policy be read in a hidden tab (issue #18) */
  auditTab(tabId: number, render?: boolean): Promise<AuditTabResult>;
  /** Where tab N's running audit stands (issue #17.4); null when none runs or the worker cannot say. */
  auditProgress(tabId: number): Promise<AuditProgress | null>;
  /** The tab the popup was opened over; null when there is none. */
  activeTabId(): Promise<number | null>;
  openHistory(): Promise<void>;
  /** Asks for one origin's optional host permission. Call it straight from a click: it needs the user gesture. */
  requestOrigin(origin: string): Promise<boolean>;
  /**
   * Opens the policy in a new tab with its highlights (issue #5); with a finding ("show in page", issue #17.9)
   * the highlights step to that clause — found by its quote, since the page's own text gives other ids.
   */
  openPolicy(url: string, finding?: { id: string; quote: string }): Promise<void>;
  /** Opens a URL in a plain tab, no highlights: a PDF, or a page we could not read (issue #17.5). */
  openPage(url: string): Promise<void>;
  /** Stored audits (the history page); the popup never needs it. */
  history: HistoryStore;
  /** Hands a generated file (export) to the user as a download. */
  saveFile(name: string, content: string, type: string): void;
  /** The phone-number ledger (issue #6), read and edited by the history page. */
  ledger: LedgerStore;
  /**
   * "I gave my number here" for tab N: `raw` (last 4 digits or the whole number) is masked and hashed in
   * this page before anything is sent. Resolves false when the input is not a number or the worker failed.
   */
  ledgerAdd(tabId: number, raw: string): Promise<boolean>;
  /** Copies text to the clipboard; call it from the click (the clipboard wants the user's gesture). */
  copyText(text: string): Promise<boolean>;
}
