// The Embeddable Framework demo: two origins on loopback ports, as in a real deployment.
// - the client's origin serves the built client (embeddable/dist), the deployer's config.json
//   (the simulator's URL, the CRM's origin, the simulator's user picker) and the example
//   framework.js beside it;
// - the CRM's origin serves the example CRM page, which embeds the client in an iframe.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createStaticHandler } from '../../apps/server/staticFiles';

const embeddableDir = path.resolve(__dirname, '../../embeddable');
export const defaultClientDist = path.join(embeddableDir, 'dist');
const exampleDir = path.join(embeddableDir, 'example');

export interface ExampleCrmOptions {
  platformBaseUrl: string;
  host?: string;
  clientPort?: number;
  crmPort?: number;
  distDir?: string;
  /** Replaces the generated config.json (tests of a missing or broken one); null: 404. */
  configJson?: (defaults: Record<string, unknown>) => string | null;
  /** Replaces the example framework.js (tests of a broken file). */
  frameworkJs?: () => string;
  /**
   * Tells a loopback simulator to trust the client's origin: its sign-in picker reads
   * /sim/users and posts /sim/login, which the simulator refuses to origins it was not told
   * about. A real platform needs none.
   */
  trustOrigins?: (...origins: string[]) => void;
}

export interface ExampleCrm {
  clientUrl: string;
  crmUrl: string;
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(`http://${host}:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

const send = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
  res.end(body);
};

export async function startExampleCrm(options: ExampleCrmOptions): Promise<ExampleCrm> {
  const host = options.host ?? '127.0.0.1';
  const distDir = options.distDir ?? defaultClientDist;
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`No built client in ${distDir}: run npm run build:embeddable first`);
  }
  const clientServer = createServer();
  const crmServer = createServer();
  const clientUrl = await listen(clientServer, options.clientPort ?? 0, host);
  const crmUrl = await listen(crmServer, options.crmPort ?? 0, host);
  options.trustOrigins?.(clientUrl);

  const serveClient = createStaticHandler(distDir);
  const defaults = {
    platformBaseUrl: options.platformBaseUrl,
    frameworkUrl: 'framework.js',
    allowedParentOrigins: [crmUrl],
    signIn: 'simulator',
  };
  clientServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    if (pathname === '/config.json') {
      const body =
        options.configJson === undefined
          ? JSON.stringify(defaults, null, 2)
          : options.configJson(defaults);
      if (body === null) send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      else send(res, 200, 'application/json', body);
      return;
    }
    if (pathname === '/framework.js') {
      const body =
        options.frameworkJs?.() ??
        readFileSync(path.join(exampleDir, 'client/framework.js'), 'utf8');
      send(res, 200, 'text/javascript; charset=utf-8', body);
      return;
    }
    serveClient(req, res).then(
      (served) => {
        if (!served) send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
      },
      () => {
        send(res, 500, 'text/plain; charset=utf-8', 'Error');
      },
    );
  });

  const serveCrm = createStaticHandler(path.join(exampleDir, 'crm'), (html) =>
    html.replace(/data-client-url="[^"]*"/, `data-client-url="${clientUrl}/"`),
  );
  crmServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    serveCrm(req, res).then(
      (served) => {
        if (!served) send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      },
      () => {
        send(res, 500, 'text/plain; charset=utf-8', 'Error');
      },
    );
  });

  return {
    clientUrl: `${clientUrl}/`,
    crmUrl: `${crmUrl}/`,
    close: async () => {
      await close(clientServer);
      await close(crmServer);
    },
  };
}
