/**
 * What the UI pages may ask of the browser, as one small interface (STYLE.md point 7):
 * Preact components take a Connector, so tests hand them a fake instead of a browser.
 */
import type { AuditTabResult } from '../messages';
import type enMessages from '../../public/_locales/en/messages.json';

/** Locale keys, checked against the English file; test/unit/locales.test.ts keeps the others in step. */
export type MessageKey = keyof typeof enMessages;

export interface Connector {
  /** BCP 47 UI language, for <html lang> */
  readonly lang: string;
  readonly version: string;
  t(key: MessageKey, ...substitutions: string[]): string;
  auditTab(tabId: number): Promise<AuditTabResult>;
  /** The tab the popup was opened over; null when there is none. */
  activeTabId(): Promise<number | null>;
  openHistory(): Promise<void>;
}
