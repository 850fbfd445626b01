/** Shared by the issue #17 e2e tests (real sign-up pages): one browser, fixture pages on two origins. */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { ARTIFACTS, launchExtension, openPopup, serveFixtures, tabIdOf, type ExtensionSession } from './harness';
import type { FixtureServer, Route } from './serve';

export const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
export const REAL = `${PAGES}real/`;

export interface PagesWorld {
  session: ExtensionSession;
  server: FixtureServer;
  routes: Record<string, Route>;
  /** the same server under another origin: localhost instead of 127.0.0.1 */
  other: string;
  close(): Promise<void>;
}

export async function startWorld(options: { lang?: string } = {}): Promise<PagesWorld> {
  const routes: Record<string, Route> = {};
  const server = await serveFixtures(PAGES, routes);
  const other = server.origin.replace('127.0.0.1', 'localhost');
  const session = await launchExtension(options);
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    session,
    server,
    routes,
    other,
    async close() {
      await session.close();
      await server.close();
    },
  };
}

/** A fixture file with its placeholders filled in, served as a route. */
export function fill(file: string, values: Record<string, string>): Route {
  let body = readFileSync(REAL + file, 'utf8');
  for (const [key, value] of Object.entries(values)) body = body.replaceAll(key, value);
  return { body };
}

/**
 * How screenshots are told apart: E2E_LANG=zh-TW (with a Chromium that has its locale paks) and E2E_DARK=1 are
 * how the issue #17 screenshots were taken in each UI language and in dark mode.
 */
export const SHOT = `${process.env.E2E_LANG ? `-${process.env.E2E_LANG}` : ''}${process.env.E2E_DARK ? '-dark' : ''}`;

/** The popup in the colour scheme the screenshots are taken in. */
export async function scheme(page: Page): Promise<void> {
  if (process.env.E2E_DARK) await page.emulateMedia({ colorScheme: 'dark' });
}

/** Opens `url` in a tab, then the popup standing for that tab. */
export async function openWithPopup(
  world: PagesWorld,
  url: string,
): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await world.session.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(world.session, page);
  const popup = await openPopup(world.session, tabId);
  await scheme(popup);
  return { page, popup, tabId };
}
