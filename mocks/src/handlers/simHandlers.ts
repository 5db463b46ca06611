// The simulator's control API (/sim/*): sign-in, OAuth clients and token lifetime, the
// customer's side, state, reset, faults.
// Not part of the platform; the client never calls it.
import { HttpResponse, http } from 'msw';
import type { AcdEngine } from '../engine/acdEngine';
import { customerDisconnect } from '../engine/chatCommands';
import { customerTypes, customerWrites } from '../engine/customerSide';
import { recordReceipt } from '../engine/messaging/messagingCommands';
import { setInactivityTimeout } from '../engine/messaging/inactivity';
import { SEED_IDS } from '../engine/seedData';
import type { FaultRequest } from '../engine/faultInjector';
import { badRequest } from '../engine/platformError';
import {
  MAX_FAULT_COUNT,
  MAX_FAULT_LATENCY_MS,
  MAX_RETRY_AFTER_SECONDS,
} from '../engine/requestLimits';
import { errorResponse, readJson, toResponse, type ApiResult } from './platformResponse';

type Params = Partial<Record<string, string>>;

export function createSimHandlers(engine: AcdEngine) {
  const sim =
    (run: (body: unknown, params: Params) => ApiResult) =>
    async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      try {
        return toResponse(run(await readJson(request), params as Params));
      } catch (error) {
        return errorResponse(engine, error);
      }
    };
  const accepted = { status: 202 };

  return [
    http.post(
      '*/sim/login',
      sim((body) => ({
        status: 200,
        body: engine.login((body as { userId?: unknown } | undefined)?.userId),
      })),
    ),
    http.get(
      '*/sim/oauth-clients',
      sim(() => ({ status: 200, body: engine.listOAuthClients() })),
    ),
    http.post(
      '*/sim/oauth-clients',
      sim((body) => ({ status: 201, body: engine.addOAuthClient(body) })),
    ),
    http.post(
      '*/sim/tokens',
      sim((body) => ({ status: 200, body: engine.setTokenLifetime(body) })),
    ),
    http.get(
      '*/sim/users',
      sim(() => {
        const state = engine.snapshot();
        return {
          status: 200,
          body: {
            users: state.users,
            queues: state.queues,
            wrapupCodes: state.wrapupCodes,
            deployments: engine.deployments(),
            ids: SEED_IDS,
          },
        };
      }),
    ),
    http.post(
      '*/sim/chats',
      sim((body) => ({ status: 201, body: engine.startChat(body) })),
    ),
    http.post(
      '*/sim/messaging',
      sim((body) => ({ status: 201, body: engine.startMessaging(body) })),
    ),
    http.post(
      '*/sim/messaging/inactivity',
      sim((body) => ({ status: 200, body: setInactivityTimeout(engine.context, body) })),
    ),
    http.post(
      '*/sim/messaging/:cid/receipts',
      sim((body, p) => ({
        status: 200,
        body: { entities: recordReceipt(engine.context, p.cid ?? '', body) },
      })),
    ),
    // The customer's side of a conversation of either kind.
    http.post(
      '*/sim/chats/:cid/messages',
      sim((body, p) => ({
        status: 200,
        body: customerWrites(engine.context, p.cid ?? '', body),
      })),
    ),
    http.post(
      '*/sim/chats/:cid/typing',
      sim((_b, p) => {
        customerTypes(engine.context, p.cid ?? '');
        return accepted;
      }),
    ),
    http.post(
      '*/sim/chats/:cid/disconnect',
      sim((_b, p) => {
        customerDisconnect(engine.context, p.cid ?? '');
        return accepted;
      }),
    ),
    http.get(
      '*/sim/state',
      sim(() => ({ status: 200, body: engine.snapshot() })),
    ),
    http.post(
      '*/sim/reset',
      sim(() => {
        engine.reset();
        return accepted;
      }),
    ),
    http.post(
      '*/sim/faults',
      sim((body) => {
        const request = readFaultRequest(body);
        engine.faults.arm(request);
        if (request.dropSockets === true) engine.hub.dropAll();
        if (request.socketClosing === true) engine.hub.closeAllPolitely();
        return accepted;
      }),
    ),
    // Anything else under /sim is a typo in a test or a demo: say so in the platform's shape.
    http.all('*/sim/*', ({ request }) =>
      HttpResponse.json(
        {
          message: `No simulator route for ${request.method} ${new URL(request.url).pathname}`,
          code: 'not.found',
          status: 404,
          messageParams: {},
          contextId: engine.newId(),
          details: [],
          errors: [],
        },
        { status: 404 },
      ),
    ),
  ];
}

function textOrUndefined(name: string, value: unknown, shape: RegExp): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !shape.test(value))
    throw badRequest(`${name} must match ${String(shape)}`);
  return value;
}

function readFaultRequest(body: unknown): FaultRequest {
  if (typeof body !== 'object' || body === null)
    throw badRequest('A fault description is required');
  const {
    status,
    count,
    retryAfterSeconds,
    latencyMs,
    dropSockets,
    socketClosing,
    method,
    pathContains,
  } = body as Record<string, unknown>;
  if (status !== undefined && status !== 429 && status !== 500 && status !== 503) {
    throw badRequest('status must be 429, 500 or 503');
  }
  const bounded = (name: string, value: unknown, max: number): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)
      throw badRequest(`${name} must be a number from 0 to ${max}`);
    return value;
  };
  return {
    status,
    count: bounded('count', count, MAX_FAULT_COUNT),
    retryAfterSeconds: bounded('retryAfterSeconds', retryAfterSeconds, MAX_RETRY_AFTER_SECONDS),
    latencyMs: bounded('latencyMs', latencyMs, MAX_FAULT_LATENCY_MS),
    dropSockets: dropSockets === true,
    socketClosing: socketClosing === true,
    method: textOrUndefined('method', method, /^(GET|POST|PUT|PATCH|DELETE)$/i),
    pathContains: textOrUndefined('pathContains', pathContains, /^\/[\w\-/{}.]{0,200}$/),
  };
}
