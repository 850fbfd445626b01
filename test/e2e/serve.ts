/** A tiny static server for fixture pages, on 127.0.0.1 and a random port so parallel runs never collide. */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

export interface Route {
  body: string | Uint8Array;
  /** full Content-Type, charset included: the charset tests (GBK, Big5) depend on it */
  type?: string;
  status?: number;
  /** milliseconds to wait before answering, for timeout tests */
  delay?: number;
  /** more response headers: a redirect's Location, a Set-Cookie */
  headers?: Record<string, string>;
  /** a Location header: with status 301/302, a redirect */
  location?: string;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** every path requested, in order: lets tests assert what the extension fetched */
  requests: string[];
  /** the Cookie header of each request, in the same order ('' when there was none) */
  cookies: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `routes` first, then files under `root` (if given); anything else is a 404. */
export async function serveFixtures(root?: string, routes: Record<string, Route> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const cookies: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    cookies.push(req.headers.cookie ?? '');
    const route = routes[path];
    if (route) {
      if (route.delay) await new Promise((resolve) => setTimeout(resolve, route.delay));
      res.writeHead(route.status ?? 200, {
        'content-type': route.type ?? 'text/html; charset=utf-8',
        ...route.headers,
        ...(route.location ? { location: route.location } : {}),
      });
      res.end(route.body);
      return;
    }
    const file = root ? normalize(join(root, path)) : null;
    // A path that normalises outside root ("/../") is refused, not served.
    if (!root || !file || !(file + sep).startsWith(normalize(root + sep)) || file.endsWith(sep)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    cookies,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
