import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { decodeHtml, extractMainText } from '../extract';

/** Turns a CLI argument — a .txt or .html file, or an http(s) URL — into policy text, with clear failures. */

export class InputError extends Error {}

export interface Input {
  text: string;
  title: string | null;
  source: string;
}

const looksHtml = (text: string) =>
  /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text) || /<\/(?:p|div|li|h\d)>/i.test(text);

function fromHtml(bytes: Uint8Array, contentType: string | undefined, url: string): Input {
  const { text: html } = decodeHtml(bytes, contentType);
  const dom = new JSDOM(html, { url });
  const main = extractMainText(dom.window.document, url);
  dom.window.close();
  return { text: main.text, title: main.title || null, source: url };
}

async function fromUrl(url: string, timeoutMs: number): Promise<Input> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const why =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : 'unreachable';
    throw new InputError(`${url}: ${why}`);
  }
  if (!response.ok) throw new InputError(`${url}: HTTP ${response.status}`);
  const contentType = response.headers.get('content-type') ?? undefined;
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (contentType && /pdf/i.test(contentType))
    throw new InputError(`${url}: a PDF, not a web page — save its text and audit the .txt`);
  if (contentType && /^text\/plain/i.test(contentType))
    return { text: decodeHtml(bytes, contentType).text, title: null, source: url };
  return fromHtml(bytes, contentType, response.url || url);
}

export async function readInput(arg: string, timeoutMs = 15000): Promise<Input> {
  if (/^https?:\/\//i.test(arg)) return fromUrl(arg, timeoutMs);
  if (!existsSync(arg)) throw new InputError(`${arg}: no such file`);
  const bytes = new Uint8Array(readFileSync(arg));
  const isHtml = /\.html?$/i.test(arg) || looksHtml(new TextDecoder().decode(bytes.slice(0, 2048)));
  if (isHtml) return fromHtml(bytes, undefined, `file://${arg}`);
  return { text: decodeHtml(bytes, 'text/plain').text, title: null, source: arg };
}
