/** Loads the HTML fixtures under test/fixtures/pages the way the extension will see them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A path string, not new URL(): under the jsdom environment the global URL is jsdom's, which node:url rejects.
export const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/');

/** Served on loopback in e2e; unit tests use the same origin so relative links resolve alike. */
export const ORIGIN = 'http://127.0.0.1:8080';

export function pageBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(PAGES + rel));
}

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A UTF-8 fixture as a Document. Legacy-encoded ones go through decodeHtml first. */
export function loadPage(rel: string): Document {
  return parse(readFileSync(PAGES + rel, 'utf8'));
}
