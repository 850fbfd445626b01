/** Shared by the issue #5 e2e tests: fixture pages, messages from an extension page, the engine's own answer. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { audit } from '../../src/engine';
import type { AuditReport } from '../../src/engine/types';
import { blockText } from '../../src/extract/block-text';
import type { ReqOf, ResOf, UIToBG } from '../../src/messages';
import { DIST, type ExtensionSession } from './harness';

export const INPAGE = new URL('../fixtures/pages/inpage/', import.meta.url).pathname;

/** An extension page to send UI messages from: the worker answers only senders it recognises. */
export async function extensionPage(session: ExtensionSession): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.url('src/options/index.html'));
  return page;
}

export function sendUi<K extends keyof UIToBG & string>(
  from: Page,
  type: K,
  payload: ReqOf<UIToBG, K>,
): Promise<ResOf<UIToBG, K>> {
  return from.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

/** What the engine says about a fixture read the way extraction reads it — independent of the extension. */
export function engineReport(file: string): AuditReport {
  const { window } = new JSDOM(readFileSync(join(INPAGE, file), 'utf8'));
  return audit(blockText(window.document.body));
}

export const squashed = (s: string): string => s.replace(/\s+/g, '');

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

/** Every element's box under `selector`, to prove our UI moved nothing. */
export function boxes(page: Page, selector: string): Promise<number[][]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    return [root, ...root.querySelectorAll('*')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height];
    });
  }, selector);
}
