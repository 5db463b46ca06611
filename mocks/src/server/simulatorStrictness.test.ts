// The simulator is no looser than the platform: reads and subscriptions need participation
// (or the view permission), /sim/* answers only trusted pages on its own Host, and bad
// requests get 400/403/405/413/415 with the platform's error body.
import { request as httpRequest } from 'node:http';
import type { ErrorBody } from '@acd/shared';
import { SEED_IDS } from '../engine/seedData';
import { startLoopbackServer, type LoopbackServer } from './loopbackServer';

const TRUSTED = 'http://127.0.0.1:5173';
const EVIL = 'https://evil.example';

let server: LoopbackServer;
beforeAll(async () => {
  server = await startLoopbackServer({ port: 0, trustedOrigins: [TRUSTED] });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.engine.reset();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A raw request (fetch refuses TRACE, a foreign Host and bad percent-encoding). */
function raw(
  method: string,
  path: string,
  headers: Record<string, string | number> = {},
  body?: string | Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: server.port, method, path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    // The server may answer 413 and hang up before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') reject(error);
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function login(userId: string): Promise<string> {
  const answer = await raw(
    'POST',
    '/sim/login',
    json({ userId }).headers,
    JSON.stringify({ userId }),
  );
  return (JSON.parse(answer.text) as { access_token: string }).access_token;
}

function api(token: string, method: string, path: string, body?: unknown): Promise<Answer> {
  return raw(
    method,
    path,
    { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body === undefined ? undefined : JSON.stringify(body),
  );
}

/** Every refusal carries the platform's error body with its status and code. */
function expectPlatformError(answer: Answer, status: number, code: string): void {
  expect(answer.status).toBe(status);
  const body = JSON.parse(answer.text) as ErrorBody;
  expect(body).toMatchObject({ status, code, messageParams: {}, details: [], errors: [] });
  expect(typeof body.message).toBe('string');
  expect(typeof body.contextId).toBe('string');
}

/** A chat routed to and picked up by Alex. */
async function alexsChat(): Promise<string> {
  const alex = await login(SEED_IDS.agentAlex);
  await api(alex, 'PATCH', `/api/v2/users/${SEED_IDS.agentAlex}/presences/purecloud`, {
    presenceDefinition: { id: 'e08eaf1b-ee47-4fa9-a231-1200e284798f' },
  });
  const started = await raw(
    'POST',
    '/sim/chats',
    { 'content-type': 'application/json' },
    JSON.stringify({ queueId: SEED_IDS.queueSupport, customerName: 'Mallory', firstMessage: 'hi' }),
  );
  return (JSON.parse(started.text) as { conversationId: string }).conversationId;
}

describe('reads and subscriptions need participation or the view permission', () => {
  it("refuses another agent's conversation, transcript and message topic; allows its agent and a supervisor", async () => {
    const cid = await alexsChat();
    const hanako = await login(SEED_IDS.agentHanako);
    for (const path of [
      `/api/v2/conversations/chats/${cid}`,
      `/api/v2/conversations/chats/${cid}/messages`,
      `/api/v2/conversations/${cid}`,
    ]) {
      expectPlatformError(await api(hanako, 'GET', path), 403, 'missing.permissions');
    }
    const channel = JSON.parse(
      (await api(hanako, 'POST', '/api/v2/notifications/channels')).text,
    ) as { id: string };
    const topics = [{ id: `v2.conversations.chats.${cid}.messages` }];
    for (const method of ['PUT', 'POST']) {
      expectPlatformError(
        await api(
          hanako,
          method,
          `/api/v2/notifications/channels/${channel.id}/subscriptions`,
          topics,
        ),
        403,
        'missing.permissions',
      );
    }

    const alex = await login(SEED_IDS.agentAlex);
    const casey = await login(SEED_IDS.adminCasey);
    for (const token of [alex, casey]) {
      expect((await api(token, 'GET', `/api/v2/conversations/chats/${cid}/messages`)).status).toBe(
        200,
      );
      expect((await api(token, 'GET', `/api/v2/conversations/${cid}`)).status).toBe(200);
    }
    const alexChannel = JSON.parse(
      (await api(alex, 'POST', '/api/v2/notifications/channels')).text,
    ) as { id: string };
    expect(
      (
        await api(
          alex,
          'PUT',
          `/api/v2/notifications/channels/${alexChannel.id}/subscriptions`,
          topics,
        )
      ).status,
    ).toBe(200);
  });
});

describe('/sim/* is for trusted pages only, on this server’s own name', () => {
  it('refuses a foreign origin (request and preflight) without CORS, and serves a trusted one', async () => {
    const body = JSON.stringify({ customerName: 'Drive-by' });
    const evil = await raw(
      'POST',
      '/sim/chats',
      { origin: EVIL, 'content-type': 'application/json' },
      body,
    );
    expectPlatformError(evil, 403, 'missing.permissions');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw('OPTIONS', '/sim/chats', {
      origin: EVIL,
      'access-control-request-method': 'POST',
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(server.engine.snapshot().conversations).toHaveLength(0);

    const trusted = await raw(
      'POST',
      '/sim/login',
      { origin: TRUSTED, 'content-type': 'application/json' },
      JSON.stringify({ userId: SEED_IDS.agentAlex }),
    );
    expect(trusted.status).toBe(200);
    expect(trusted.headers['access-control-allow-origin']).toBe(TRUSTED);
    // The platform API itself stays open to any page: it takes bearer tokens, not cookies.
    const apiPreflight = await raw('OPTIONS', '/api/v2/users/me', { origin: EVIL });
    expect(apiPreflight.headers['access-control-allow-origin']).toBe('*');
  });

  it('takes only application/json bodies (no text/plain "simple" requests)', async () => {
    const plain = await raw(
      'POST',
      '/sim/chats',
      { 'content-type': 'text/plain' },
      JSON.stringify({ customerName: 'Jo' }),
    );
    expectPlatformError(plain, 415, 'unsupported.media.type');
    const form = await raw(
      'POST',
      '/sim/faults',
      { 'content-type': 'application/x-www-form-urlencoded' },
      'status=503',
    );
    expectPlatformError(form, 415, 'unsupported.media.type');
    expect(server.engine.snapshot().conversations).toHaveLength(0);
  });

  it('answers only under its own Host (DNS rebinding), sockets included', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1:1']) {
      expectPlatformError(await raw('GET', '/sim/state', { host }), 400, 'bad.request');
    }
    expect((await raw('GET', '/sim/state', { host: `localhost:${server.port}` })).status).toBe(200);
    const upgrade = await raw('GET', '/channels/anything', {
      host: 'evil.example',
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    });
    expect(upgrade.status).toBe(400);
  });
});

describe('bad requests get the platform’s 400, 405 and 413', () => {
  it('answers bad percent-encoding with 400 and unknown methods with 405', async () => {
    const token = await login(SEED_IDS.agentAlex);
    expectPlatformError(await api(token, 'GET', '/api/v2/conversations/%ZZ'), 400, 'bad.request');
    expectPlatformError(await raw('GET', '/sim/chats/%E0%A4%A/messages'), 400, 'bad.request');
    for (const method of ['TRACE', 'PROPFIND', 'LOCK']) {
      const answer = await raw(method, '/api/v2/users/me');
      expectPlatformError(answer, 405, 'method.not.allowed');
      expect(answer.headers.allow).toContain('GET');
    }
  });

  it('refuses bodies over 1 MB with 413 before reading them whole, declared or streamed', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'x');
    const declared = await raw(
      'POST',
      '/sim/chats',
      { 'content-type': 'application/json', 'content-length': big.length },
      big,
    );
    expectPlatformError(declared, 413, 'request.entity.too.large');
    const streamed = await raw(
      'POST',
      '/sim/chats',
      { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      big,
    );
    expectPlatformError(streamed, 413, 'request.entity.too.large');
  });

  it("holds names, messages, paging and fault latency to the platform's limits", async () => {
    const sim = (path: string, body: unknown) =>
      raw('POST', path, { 'content-type': 'application/json' }, JSON.stringify(body));
    const refusals = [
      await sim('/sim/chats', { customerName: 'n'.repeat(257) }),
      await sim('/sim/chats', {
        customerName: 'Jo',
        customerEmail: `${'e'.repeat(250)}@example.com`,
      }),
      await sim('/sim/chats', { customerName: 'Jo', firstMessage: 'm'.repeat(4001) }),
      await sim('/sim/faults', { latencyMs: 1e9 }),
      await sim('/sim/faults', { latencyMs: -1 }),
      await sim('/sim/faults', { status: 503, count: 1e7 }),
      await sim('/sim/faults', { status: 429, retryAfterSeconds: 1e9 }),
    ];
    const cid = await alexsChat();
    refusals.push(await sim(`/sim/chats/${cid}/messages`, { body: 'm'.repeat(4001) }));
    const token = await login(SEED_IDS.agentAlex);
    const search = (paging: Record<string, unknown>) =>
      api(token, 'POST', '/api/v2/users/search', {
        query: [{ type: 'CONTAINS', fields: ['name'], value: 'a' }],
        ...paging,
      });
    for (const paging of [
      { pageSize: 0 },
      { pageSize: 101 },
      { pageSize: 2.5 },
      { pageSize: '10' },
      { pageNumber: 0 },
      { pageNumber: -1 },
      { pageNumber: 1.5 },
    ]) {
      refusals.push(await search(paging));
    }
    for (const answer of refusals) expectPlatformError(answer, 400, 'bad.request');
    expect((await search({ pageSize: 100, pageNumber: 2 })).status).toBe(200);
    expect((await sim('/sim/chats', { customerName: 'n'.repeat(256) })).status).toBe(201);
    expect((await sim('/sim/faults', { latencyMs: 60_000, count: 0 })).status).toBe(202);
  });
});
