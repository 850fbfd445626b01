/**
 * Which policy URLs a page may make PolicyRadar request (issue #18). Every candidate link is chosen by the
 * page, so a link is a request the page asks us to make: to its router, an intranet host, another port of
 * this machine, or another site. The popup (a click) may follow a link to another public site; audits the
 * phone-field guard starts on its own stay on the page's own site. Redirect targets are checked the same way.
 */
import { getDomain } from 'tldts';

/** Who started the audit: the user in the popup, or the guard because a phone field got focus. */
export type Caller = 'popup' | 'guard';

type HostClass = 'public' | 'private' | 'loopback' | 'link-local';

const ipv4 = (host: string): number[] | null => {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return null;
  return parts.map(Number);
};

function ipv4Class([a = 0, b = 0]: number[]): HostClass {
  if (a === 127 || a === 0) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
    return 'private';
  return 'public';
}

/** `hostname` as the URL parser gives it: IPv4 already canonical (0x7f.1 → 127.0.0.1), IPv6 in brackets. */
export function hostClass(hostname: string): HostClass {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const v4 = ipv4(host);
  if (v4) return ipv4Class(v4);
  if (host.startsWith('[')) {
    const v6 = host.slice(1, -1);
    if (v6 === '::1' || v6 === '::') return 'loopback';
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(v6)?.[1];
    if (mapped) return ipv4Class(ipv4(mapped) ?? []);
    // The URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1; the first group holds the first two bytes.
    const high = /^::ffff:([0-9a-f]{1,4}):[0-9a-f]{1,4}$/.exec(v6)?.[1];
    if (high) return ipv4Class([parseInt(high, 16) >> 8, parseInt(high, 16) & 255]);
    if (/^fe[89ab]/.test(v6)) return 'link-local';
    if (/^f[cd]/.test(v6)) return 'private';
    return 'public';
  }
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback';
  // Names only a local resolver answers: single labels (http://router/) and the local-use suffixes.
  if (!host.includes('.') || /\.(local|lan|home|internal|intranet|corp|home\.arpa)$/.test(host)) return 'private';
  return 'public';
}

const DEFAULT_PORT = { 'http:': '', 'https:': '' } as const;

/** The registrable domain (eTLD+1), or the host itself for IPs and local names. */
export function siteOf(hostname: string): string {
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname.toLowerCase();
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Why `target` may not be requested for a page at `pageUrl`, or null when it may. The page's own origin
 * is always fine: the page could fetch it itself.
 */
export function refusal(pageUrl: string, target: string, by: Caller): string | null {
  const to = parse(target);
  if (!to || !(to.protocol in DEFAULT_PORT)) return 'not-http';
  const page = parse(pageUrl);
  if (page && page.origin === to.origin) return null;
  const kind = hostClass(to.hostname);
  const unusualPort = to.port !== '';
  if (by === 'guard') {
    // Nobody clicked: stay on the page's own site, on public hosts and ordinary ports.
    if (!page || siteOf(page.hostname) !== siteOf(to.hostname)) return 'other-site';
    if (kind !== 'public') return kind;
    return unusualPort ? 'port' : null;
  }
  // A click in the popup: another public site is fine; a local-network host or an odd port only for a page
  // that is itself on such a host (a developer's local server), never for a public page.
  const pageKind = page ? hostClass(page.hostname) : 'public';
  if (kind !== 'public' && kind !== pageKind) return kind;
  if (unusualPort && pageKind === 'public' && page?.hostname !== to.hostname) return 'port';
  return null;
}
