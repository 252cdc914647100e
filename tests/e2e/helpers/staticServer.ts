import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));

/** What the test server answers on the sync endpoint: never the app shell. */
export const SYNC_REPLY = 'sync endpoint (test server)';

export interface StaticServer {
  /** The app's address, e.g. http://127.0.0.1:43121/apv/ (always ending in a slash). */
  url: string;
  origin: string;
  /** Serves another build from now on (a "deployment" of a new version). */
  setRoot(dir: string): void;
  close(): Promise<void>;
}

/**
 * A static host for the built app, like any web server: the files of `root` under `mount`
 * ('/' or a sub-path such as '/apv/'), `…/sync` answered by the "server" (as the sync
 * server of the sharing feature will), everything else 404. Loopback only, a free port,
 * in the test's own process (so it stops with the test, no PID to chase).
 */
export async function startStaticServer(root = DIST, mount = '/'): Promise<StaticServer> {
  // dev: read files on every request, so a swapped root is served at once.
  const handlers = new Map<string, ReturnType<typeof sirv>>();
  const handlerFor = (dir: string) => {
    let handler = handlers.get(dir);
    if (!handler) {
      handler = sirv(dir, {
        dev: true,
        setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
      });
      handlers.set(dir, handler);
    }
    return handler;
  };
  let current = root;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (/\/sync(?:\/|$)/.test(url.pathname)) {
      res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
      res.end(SYNC_REPLY);
      return;
    }
    if (mount !== '/' && url.pathname === mount.slice(0, -1)) {
      res.writeHead(301, { Location: mount });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(mount)) {
      res.writeHead(404).end('not here');
      return;
    }
    req.url = `/${url.pathname.slice(mount.length)}${url.search}`;
    handlerFor(current)(req, res, () => {
      res.writeHead(404).end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}${mount}`,
    origin,
    setRoot: (dir) => {
      current = dir;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
