/**
 * Everything the worker runs inside tabs: discovery on the clicked page, a same-origin fetch from it,
 * and reading a script-rendered policy from a hidden tab after its scripts ran (issue #4).
 */
import type { MainText } from '../extract';
import { FETCH_TIMEOUT_MS, type Fetched } from './fetch-policy';
import { Stop } from './stop';
import { loaded } from './tab-loaded';

async function runFile<T>(tabId: number, file: string): Promise<T> {
  const [first] = await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
  if (!first || first.result === undefined || first.result === null) throw new Error(`${file} returned nothing`);
  return first.result as T;
}

/** Runs in the page (serialised by executeScript), so it may use nothing from this module's scope. */
async function pageFetch(url: string) {
  const res = await fetch(url, { credentials: 'same-origin' });
  const bytes = new Uint8Array(await res.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', base64: btoa(binary), url: res.url };
}

export function timeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expire = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stop('timeout')), ms);
  });
  return Promise.race([promise, expire]).finally(() => clearTimeout(timer));
}

export async function fetchInTab(tabId: number, url: string): Promise<Fetched> {
  const run = chrome.scripting.executeScript({ target: { tabId }, func: pageFetch, args: [url] });
  const [first] = await timeout(run, FETCH_TIMEOUT_MS).catch((e: unknown) => {
    throw e instanceof Stop ? e : new Stop('fetch-failed', e instanceof Error ? e.message : String(e));
  });
  if (!first?.result) throw new Stop('fetch-failed');
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
