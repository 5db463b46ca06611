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
import { MAX_BODY_BYTES } from '../engine/requestLimits';
import { attachGuestSocket, guestSocketDeployment } from './guestApi/guestSocket';
import { AttachmentStore } from './guestApi/attachmentStore';
import { serveAttachment } from './guestApi/attachmentRoutes';

export interface LoopbackServerOptions extends AcdEngineOptions {
  port?: number;
  host?: string;
  engine?: AcdEngine;
  /**
   * Browser origins allowed to drive /sim/* (the demo's pages, an extension's origin). Requests
   * without an Origin header (tests, the SDK, curl) are not a web page and may always.
   */
  trustedOrigins?: readonly string[];
}

export interface LoopbackServer {
  engine: AcdEngine;
  url: string;
  port: number;
  /** Adds browser origins that may drive /sim/* (the demo server adds its pages'). */
  trustOrigins(...origins: string[]): void;
  close(): Promise<void>;
}

// The platform API takes bearer tokens, never cookies, so any page may call it with CORS.
const API_CORS_HEADERS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
  'access-control-allow-headers': 'authorization,content-type,accept,x-request-id',
  'access-control-expose-headers': 'retry-after,inin-correlation-id',
  'access-control-max-age': '600',
};

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

export async function startLoopbackServer(
  options: LoopbackServerOptions = {},
): Promise<LoopbackServer> {
  const engine = options.engine ?? new AcdEngine(options);
  const handlers = createHttpHandlers(engine);
  const host = options.host ?? '127.0.0.1';
  const trusted = new Set(options.trustedOrigins ?? []);
  let port = 0;
  const attachments = new AttachmentStore(() => `http://${host}:${port}`);

  const fail = (res: ServerResponse, error: SimPlatformError, headers: Record<string, string>) => {
    if (!res.headersSent) {
      res.writeHead(error.status, {
        'content-type': 'application/json',
        ...headers,
        // After a refused body the rest of it is not worth reading: hang up once answered.
        ...(error.status === 413 ? { connection: 'close' } : {}),
      });
    }
    res.end(JSON.stringify(error.toBody(engine.newId())));
  };

  const server = createServer((req, res) => {
    const sim = (req.url ?? '').startsWith('/sim/');
    const cors = sim ? simCorsHeaders(req.headers.origin, trusted) : API_CORS_HEADERS;
    serve(req, res, sim, cors).catch((error: unknown) => {
      fail(
        res,
        error instanceof SimPlatformError
          ? error
          : new SimPlatformError(500, `The simulator failed: ${String(error)}`),
        cors,
      );
    });
  });

  // Node's server drops an idle keep-alive socket after 5 s, about when fetch's pool reuses
  // it; on a stalled event loop a request then meets a closed socket (ECONNRESET, seen in a
  // loaded CI run). The client's pool gives up first when the server waits longer.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    sim: boolean,
    cors: Record<string, string>,
  ): Promise<void> {
    // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding): only
    // the names this server listens under are answered.
    if (!isOwnHost(req.headers.host, host, port)) {
      throw new SimPlatformError(400, `Host ${req.headers.host ?? '(none)'} is not this server`);
    }
    const method = req.method ?? 'GET';
    if (!METHODS.has(method)) {
      res.setHeader('allow', [...METHODS].join(', '));
      throw new SimPlatformError(405, `Method ${method} is not allowed`);
    }
    // The simulator's control API is not for any web page the agent happens to open.
    const origin = req.headers.origin;
    if (sim && origin !== undefined && !trusted.has(origin)) {
      throw new SimPlatformError(403, `Origin ${origin} may not use the simulator's control API`);
    }
    if (method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    try {
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      throw new SimPlatformError(400, 'The request path is not valid percent-encoding');
    }
    if (!sim && (await serveAttachment(attachments, req, res, cors))) return;
    const request = await toFetchRequest(req, host);
    const response =
      (await getResponse(handlers, request)) ??
      Response.json(
        new SimPlatformError(404, `No route for ${method} ${req.url ?? ''}`).toBody(engine.newId()),
        { status: 404 },
      );
    const headers: Record<string, string> = { ...cors };
    response.headers.forEach((value, key) => {
      headers[key] = value;
    });
    res.writeHead(response.status, headers);
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  const sockets = new WebSocketServer({ noServer: true });
  // The Guest API (web messaging's customer side): small JSON frames only.
  const guestSockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    if (!isOwnHost(req.headers.host, host, port)) {
      socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
      return;
    }
    const guest = guestSocketDeployment(req.url ?? '');
    if (guest !== undefined) {
      guestSockets.handleUpgrade(req, socket, head, (client) => {
        attachGuestSocket(engine, attachments, guest, client);
      });
      return;
    }
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
  port = (server.address() as AddressInfo).port;

  return {
    engine,
    port,
    url: `http://${host}:${port}`,
    trustOrigins: (...origins) => {
      for (const origin of origins) trusted.add(origin);
    },
    close: async () => {
      engine.hub.closeAllPolitely();
      for (const client of sockets.clients) client.terminate();
      for (const client of guestSockets.clients) client.terminate();
      sockets.close();
      guestSockets.close();
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

/** CORS for /sim/*: only a trusted origin is told it may read the answer. */
function simCorsHeaders(
  origin: string | undefined,
  trusted: ReadonlySet<string>,
): Record<string, string> {
  const headers: Record<string, string> = { vary: 'Origin' };
  if (origin === undefined || !trusted.has(origin)) return headers;
  return {
    ...headers,
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET,POST,OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-max-age': '600',
  };
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function isOwnHost(header: string | undefined, host: string, port: number): boolean {
  if (header === undefined) return false;
  const names = new Set([host, ...LOOPBACK_NAMES]);
  return [...names].some((name) => header.toLowerCase() === `${name}:${port}`);
}

/** Reads the body up to MAX_BODY_BYTES; a bigger one is refused before it is read whole. */
async function readBody(req: IncomingMessage): Promise<ReturnType<typeof Buffer.concat>> {
  const declared = Number(req.headers['content-length'] ?? '0');
  const tooLarge = () =>
    new SimPlatformError(413, `The request body is over ${MAX_BODY_BYTES} bytes`);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Stop reading here; the answer closes the connection (see fail), so the rest is never read.
    if (size > MAX_BODY_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function toFetchRequest(req: IncomingMessage, host: string): Promise<Request> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  const method = req.method ?? 'GET';
  const body = await readBody(req);
  return new Request(url, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || body.length === 0 ? undefined : body,
  });
}
