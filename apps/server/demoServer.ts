// The demo server: the loopback ACD simulator plus one HTTP server for the pages (the demo at
// /demo/, the standalone client at /standalone/), through Vite in middleware mode or from a
// prebuilt apps/dist. Used by `npm start`, the browser tests and the UI benchmarks.
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { startLoopbackServer, type LoopbackServer } from '@acd/mocks/server/loopbackServer';
import { contentSecurityPolicy, frameAncestorsFor, readOriginList } from './contentSecurityPolicy';
import { createStaticHandler } from './staticFiles';
import { appsViteConfig, defaultDistDir, withDefaultPlatform, withDemoSignIn } from './viteConfig';

export interface DemoServerOptions {
  /** The pages' port; 0 picks a free one. */
  port?: number;
  /** The simulator's port; 0 picks a free one. */
  acdPort?: number;
  host?: string;
  /**
   * `vite`: compile on request (development); `dist`: serve a build; `auto`: the build when
   * `distDir` holds one, else Vite.
   */
  pages?: 'vite' | 'dist' | 'auto';
  distDir?: string;
  /**
   * Platform origins besides the simulator that `?platform=` may name and the pages may
   * connect to (default: ACD_ALLOWED_PLATFORMS, comma-separated).
   */
  allowedPlatforms?: readonly string[];
  /** Origins that may frame the standalone page besides the demo (ACD_FRAME_ANCESTORS). */
  frameAncestors?: readonly string[];
}

export interface DemoServer {
  url: string;
  demoUrl: string;
  standaloneUrl: string;
  simulator: LoopbackServer;
  pages: 'vite' | 'dist';
  close(): Promise<void>;
}

const SLDS_ICONS_DIR = path.join(
  path.dirname(require.resolve('@salesforce-ux/design-system/package.json')),
  'assets/icons',
);

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const distDir = options.distDir ?? defaultDistDir;
  const wanted = options.pages ?? 'auto';
  const pages =
    wanted === 'auto'
      ? existsSync(path.join(distDir, 'standalone', 'index.html'))
        ? 'dist'
        : 'vite'
      : wanted;
  const extraPlatforms =
    options.allowedPlatforms ??
    readOriginList(process.env.ACD_ALLOWED_PLATFORMS, 'ACD_ALLOWED_PLATFORMS');
  const extraAncestors =
    options.frameAncestors ??
    readOriginList(process.env.ACD_FRAME_ANCESTORS, 'ACD_FRAME_ANCESTORS');
  const simulator = await startLoopbackServer({ port: options.acdPort ?? 0, host });
  const closers: (() => Promise<void>)[] = [() => simulator.close()];
  try {
    const server = createServer();
    // Upgraded sockets (Vite's HMR) are no longer the HTTP server's connections, so
    // closeAllConnections misses them and close() would wait for the browser to hang up.
    const sockets = new Set<Socket>();
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    });
    let handle: Middleware;
    if (pages === 'dist') {
      const serveStatic = createStaticHandler(distDir, (html) =>
        withDemoSignIn(withDefaultPlatform(html, simulator.url, extraPlatforms)),
      );
      handle = (req, res, next) => {
        serveStatic(req, res).then((served) => {
          if (!served) next();
        }, next);
      };
    } else {
      // Imported here so a prebuilt demo starts without loading Vite at all.
      const { createServer: createViteServer } = await import('vite');
      const vite = await createViteServer({
        ...appsViteConfig({
          mode: 'development',
          platformBaseUrl: simulator.url,
          demoSignIn: true,
          allowedPlatforms: extraPlatforms,
        }),
        server: { middlewareMode: true, hmr: { server } },
      });
      closers.unshift(() => vite.close());
      handle = vite.middlewares;
    }
    // The agent UI's SLDS components load their icon sprites from /assets/icons.
    const serveIcons = createStaticHandler(SLDS_ICONS_DIR, undefined, '/assets/icons/');
    const platformOrigins = [simulator.url, ...extraPlatforms];
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      res.setHeader(
        'content-security-policy',
        contentSecurityPolicy({
          platformOrigins,
          frameAncestors: frameAncestorsFor(pathname, extraAncestors),
          inlineStyles: pages === 'vite',
        }),
      );
      res.setHeader('x-content-type-options', 'nosniff');
      res.setHeader('referrer-policy', 'no-referrer');
      // The two pages live in folders; their bare names and the root lead to them.
      if (pathname === '/' || pathname === '/demo' || pathname === '/standalone') {
        const target = pathname === '/standalone' ? '/standalone/' : '/demo/';
        const query = (req.url ?? '').slice(pathname.length);
        res.writeHead(302, { location: target + query }).end();
        return;
      }
      const notFound = () => {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Not found: ${pathname}`);
      };
      if (pathname.startsWith('/assets/icons/')) {
        serveIcons(req, res).then((served) => {
          if (!served) notFound();
        }, notFound);
        return;
      }
      handle(req, res, notFound);
    });
    await listen(server, options.port ?? 0, host);
    closers.unshift(() => closeServer(server, sockets));
    const url = `http://${host}:${(server.address() as AddressInfo).port}`;
    // The demo's pages drive the simulator's control API (the customer panel, quick sign-in);
    // no other web page may.
    simulator.trustOrigins(url);
    return {
      url,
      demoUrl: `${url}/demo/`,
      standaloneUrl: `${url}/standalone/`,
      simulator,
      pages,
      close: async () => {
        for (const close of closers) await close();
      },
    };
  } catch (error) {
    for (const close of closers) await close().catch(() => undefined);
    throw error;
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function closeServer(server: Server, sockets: Set<Socket>): Promise<void> {
  server.closeAllConnections();
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}
