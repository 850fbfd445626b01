/**
 * Downloads a policy page and turns each way that can fail into a reason code. Cookies are left out:
 * policies are public, and the fetch should not tell the site who is reading it.
 */
import { decodeHtml } from '../extract';
import { readAll } from '../shared/read-all';
import { Stop } from './stop';

export interface Fetched {
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** after redirects */
  url: string;
}

export const FETCH_TIMEOUT_MS = 10_000;
/** Issue #18: real policies are a few hundred KB at most; a page must not be able to make us hold gigabytes. */
export const MAX_BYTES = 5 * 1024 * 1024;
export const TOO_LARGE = 'larger than 5 MB';

/** The body, streamed and stopped at `max` bytes; a Content-Length over it is refused before reading. */
export async function readCapped(res: Response, max = MAX_BYTES): Promise<Uint8Array> {
  if (Number(res.headers.get('content-length') ?? 0) > max) {
    await res.body?.cancel().catch(() => undefined);
    throw new Stop('fetch-failed', TOO_LARGE);
  }
  return readAll(res.body?.getReader(), max, () => new Stop('fetch-failed', TOO_LARGE));
}

export async function fetchBytes(
  url: string,
  fetchImpl: typeof fetch = fetch,
  ms = FETCH_TIMEOUT_MS,
  follow = true,
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  let res: Response;
  try {
    res = await fetchImpl(url, {
      signal: controller.signal,
      credentials: 'omit',
      redirect: follow ? 'follow' : 'manual',
    });
  } catch (e) {
    clearTimeout(timer);
    if (controller.signal.aborted) throw new Stop('timeout');
    throw new Stop('fetch-failed', e instanceof Error ? e.message : String(e));
  }
  // A manual redirect is opaque (no Location to check): it ends here, its target never requested.
  if (res.type === 'opaqueredirect' || (!follow && res.status >= 300 && res.status < 400)) {
    clearTimeout(timer);
    controller.abort();
    throw new Stop('refused-link', 'redirect');
  }
  try {
    // The body is read under the same timer: a server that trickles bytes is as stuck as one that never answers.
    const bytes = await readCapped(res);
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', bytes, url: res.url || url };
  } catch (e) {
    if (e instanceof Stop) throw e;
    if (controller.signal.aborted) throw new Stop('timeout');
    throw new Stop('fetch-failed', e instanceof Error ? e.message : String(e));
  } finally {
    clearTimeout(timer);
  }
}

/** Fails on HTTP errors and on what is not a web page; otherwise decodes by header, BOM or <meta> charset. */
export function decodeFetched(fetched: Fetched): { html: string; plain: boolean } {
  if (fetched.status >= 400) throw new Stop('fetch-failed', `HTTP ${fetched.status}`);
  const type = fetched.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const isPdf = type === 'application/pdf' || isPdfBytes(fetched.bytes);
  if (isPdf || (type !== '' && !/^(text\/(html|plain)|application\/xhtml\+xml)$/.test(type))) {
    throw new Stop('not-html', type || 'application/pdf');
  }
  return { html: decodeHtml(fetched.bytes, fetched.contentType).text, plain: type === 'text/plain' };
}

/** Servers label PDFs as octet-stream or even text/html; the magic number does not lie. */
function isPdfBytes(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
}
