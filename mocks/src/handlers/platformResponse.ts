// Turns engine calls into platform responses: faults first, then auth, then the call;
// every failure becomes the platform's error body.
import { HttpResponse, delay } from 'msw';
import type { AcdEngine } from '../engine/acdEngine';
import type { SimUser } from '../engine/directory';
import { SimPlatformError, badRequest } from '../engine/platformError';
import { MAX_BODY_BYTES } from '../engine/requestLimits';

const tooLarge = () =>
  new SimPlatformError(413, `The request body is over ${MAX_BODY_BYTES} bytes`);

export interface ApiCall {
  request: Request;
  url: URL;
  caller: SimUser;
  /** The parsed JSON body; a malformed body has already been answered with 400. */
  body: unknown;
}

export type ApiResult = { status: number; body?: unknown } | Response;

export function errorResponse(
  engine: AcdEngine,
  error: unknown,
  extraHeaders?: HeadersInit,
): Response {
  const platformError =
    error instanceof SimPlatformError
      ? error
      : new SimPlatformError(
          500,
          `The simulator failed: ${error instanceof Error ? error.message : String(error)}`,
        );
  return HttpResponse.json(platformError.toBody(engine.newId()), {
    status: platformError.status,
    headers: extraHeaders,
  });
}

/** The JSON body, if any: only `application/json` (a form or text/plain is not JSON here). */
export async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const text = await request.text();
  if (text.trim() === '') return undefined;
  if (text.length > MAX_BODY_BYTES) throw tooLarge();
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new SimPlatformError(415, `A body must be application/json, not "${type ?? ''}"`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('The request body is not valid JSON');
  }
}

export function toResponse(result: ApiResult): Response {
  if (result instanceof Response) return result;
  if (result.body === undefined) return new HttpResponse(null, { status: result.status });
  return HttpResponse.json(result.body as Parameters<typeof HttpResponse.json>[0], {
    status: result.status,
  });
}

/** Wraps an /api/v2 handler body with faults, authentication, JSON parsing and errors. */
export function platformCall(
  engine: AcdEngine,
  run: (call: ApiCall) => ApiResult,
): (info: { request: Request }) => Promise<Response> {
  return async ({ request }) => {
    const fault = engine.faults.take({
      method: request.method,
      pathname: new URL(request.url).pathname,
    });
    if (fault?.latencyMs !== undefined) await delay(fault.latencyMs);
    if (fault?.status !== undefined) {
      const error = new SimPlatformError(fault.status, `Injected fault: ${fault.status}`);
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined)
        headers['Retry-After'] = String(fault.retryAfterSeconds);
      return errorResponse(engine, error, headers);
    }
    try {
      const caller = engine.authenticate(request.headers.get('authorization'));
      const body = await readJson(request);
      return toResponse(run({ request, url: new URL(request.url), caller, body }));
    } catch (error) {
      return errorResponse(engine, error);
    }
  };
}

/** The notification socket's base URL: the same host the channel was created through. */
export function socketBaseUrl(url: URL): string {
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

type RouteParams = Partial<Record<string, string>>;

/** An /api/v2 route whose body gets the call and the path params MSW matched. */
export function platformRoute(engine: AcdEngine) {
  return (run: (call: ApiCall, params: RouteParams) => ApiResult) =>
    (info: { request: Request; params: Record<string, string | readonly string[] | undefined> }) =>
      platformCall(engine, (call) => run(call, info.params as RouteParams))(info);
}
