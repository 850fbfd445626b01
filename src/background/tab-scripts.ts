/**
 * Everything the worker runs inside tabs: discovery on the clicked page, a same-origin fetch from it,
 * and reading a script-rendered policy from a hidden tab after its scripts ran (issue #4).
 */
import type { MainText } from '../extract';
import { FETCH_TIMEOUT_MS, type Fetched } from './fetch-policy';
import { Stop } from './stop';
import { loaded } from './tab-loaded';

/**
 * A script that threw gives no result but an `error` (Firefox fills it; Chrome rejects instead). Dropping it
 * left only "returned nothing" to go on when discovery failed in Firefox (issue #15): say what happened.
 */
export function scriptError(first: chrome.scripting.InjectionResult<unknown> | undefined): string | undefined {
  const error = (first as { error?: unknown } | undefined)?.error;
  if (error === undefined || error === null) return undefined;
  return error instanceof Error ? error.message : String(error);
}

export async function runFile<T>(tabId: number, file: string): Promise<T> {
  const [first] = await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
  if (!first || first.result === undefined || first.result === null) {
    throw new Error(`${file} ${scriptError(first) ? `threw: ${scriptError(first)}` : 'returned nothing'}`);
  }
  return first.result as T;
}

/** Runs in the page (serialised by executeScript), so it may use nothing from this module's scope. Exported for tests. */
export async function pageFetch(url: string, follow: boolean) {
  // Issue #18: no cookies here either (the README's promise), and at most 5 MB (MAX_BYTES), streamed.
  const res = await fetch(url, { credentials: 'omit', redirect: follow ? 'follow' : 'manual' });
  // A redirect the guard did not follow is opaque; its target was never requested.
  if (res.type === 'opaqueredirect') return null;
  const cap = 5 * 1024 * 1024;
  if (Number(res.headers.get('content-length') ?? 0) > cap) throw new Error('larger than 5 MB');
  const reader = res.body?.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.length;
    if (size > cap) {
      await reader?.cancel();
      throw new Error('larger than 5 MB');
    }
    parts.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  let binary = '';
  // A fresh view per chunk, never subarray(): in a Firefox content script the bytes' species constructor may
  // not be read ("Permission denied to access property "constructor""), and the fetch ended there (issue #15).
  for (let i = 0; i < size; i += 0x8000) {
    binary += String.fromCharCode(...new Uint8Array(bytes.buffer, i, Math.min(0x8000, size - i)));
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', base64: btoa(binary), url: res.url };
}

export function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expire = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stop('timeout')), ms);
  });
  return Promise.race([promise, expire]).finally(() => clearTimeout(timer));
}

export async function fetchInTab(tabId: number, url: string, follow = true): Promise<Fetched> {
  const run = chrome.scripting.executeScript({ target: { tabId }, func: pageFetch, args: [url, follow] });
  const [first] = await timeout(run, FETCH_TIMEOUT_MS).catch((e: unknown) => {
    throw e instanceof Stop ? e : new Stop('fetch-failed', e instanceof Error ? e.message : String(e));
  });
  if (first?.result === null) throw new Stop('refused-link', 'redirect');
  if (!first?.result) throw new Stop('fetch-failed', scriptError(first));
  const { status, contentType, base64, url: finalUrl } = first.result;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return { status, contentType, bytes, url: finalUrl };
}

/** A background tab rather than an iframe: policy sites often forbid framing (X-Frame-Options). */
export async function renderInHiddenTab(url: string): Promise<{ title: string; text: string }> {
  const tab = await chrome.tabs.create({ url, active: false });
  const tabId = tab.id;
  if (tabId === undefined) throw new Stop('fetch-failed', 'no tab');
  try {
    await timeout(loaded(tabId), FETCH_TIMEOUT_MS);
    const main = await runFile<MainText>(tabId, 'inject/render.js');
    return { title: main.title, text: main.text };
  } finally {
    await chrome.tabs.remove(tabId).catch(() => undefined);
  }
}
