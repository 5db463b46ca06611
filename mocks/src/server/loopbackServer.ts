// Host 3: a real HTTP + WebSocket server on loopback, so several clients (browsers, the
// official SDK, other processes) share one platform state. Each request goes through the
// same MSW handlers via getResponse; the notification socket is a `ws` server on the port.
// First: MSW must not find Node 25+'s warning localStorage when it loads.
import './withoutNodeWebStorage';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { WebSocketServer, type WebSocket } from 'ws';
import { AcdEngine, type AcdEngineOptions } from '../engine/acdEngine';
import { SimPlatformError } from '../engine/platformError';
import { createHttpHandlers } from '../handlers/simulatorHandlers';

export interface LoopbackServerOptions extends AcdEngineOptions {
  port?: number;
  host?: string;
  engine?: AcdEngine;
}

export interface LoopbackServer {
  engine: AcdEngine;
  url: string;
  port: number;
  close(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-allow-headers': 'authorization,content-type,accept,x-request-id',
  'access-control-expose-headers': 'retry-after,inin-correlation-id',
  'access-control-max-age': '600',
};

export async function startLoopbackServer(
  options: LoopbackServerOptions = {},
): Promise<LoopbackServer> {
  const engine = options.engine ?? new AcdEngine(options);
  const handlers = createHttpHandlers(engine);
  const host = options.host ?? '127.0.0.1';

  const server = createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      const body = new SimPlatformError(500, `The simulator failed: ${String(error)}`).toBody(
        engine.newId(),
      );
      if (!res.headersSent)
        res.writeHead(500, { 'content-type': 'application/json', ...CORS_HEADERS });
      res.end(JSON.stringify(body));
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    const request = await toFetchRequest(req, host);
    const response =
      (await getResponse(handlers, request)) ??
      Response.json(
        new SimPlatformError(404, `No route for ${req.method ?? ''} ${req.url ?? ''}`).toBody(
          engine.newId(),
        ),
        {
          status: 404,
        },
      );
    const headers: Record<string, string> = { ...CORS_HEADERS };
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const channelId = /^\/channels\/([^/?]+)/.exec(req.url ?? '')?.[1];
    if (channelId === undefined || !engine.hub.hasChannel(channelId)) {
      socket.end('HTTP/1.1 404 Not Found\r\nconnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (client) => {
      attachSocket(engine, channelId, client);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    engine,
    port,
    url: `http://${host}:${port}`,
    close: async () => {
      engine.hub.closeAllPolitely();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      engine.dispose();
    },
  };
}

function attachSocket(engine: AcdEngine, channelId: string, client: WebSocket): void {
  const detach = engine.hub.attach(channelId, {
    send: (text) => {
      if (client.readyState === client.OPEN) client.send(text);
    },
    close: (code, reason) => client.close(code, reason),
    drop: () => client.terminate(),
  });
  client.on('message', (data, isBinary) => {
    const reply = isBinary ? null : engine.hub.answer(Buffer.from(data as Buffer).toString('utf8'));
    if (reply !== null) client.send(reply);
  });
  client.on('close', () => detach?.());
}

async function toFetchRequest(req: IncomingMessage, host: string): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  const method = req.method ?? 'GET';
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body =
    method === 'GET' || method === 'HEAD' || chunks.length === 0
      ? undefined
      : Buffer.concat(chunks);
  return new Request(url, { method, headers, body });
}
