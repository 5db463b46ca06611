import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { isConflict, isNotFound, PlatformError } from './platformError';
import { waitFor } from '../../testing/waitFor';
import {
  createPlatformHttp,
  type PlatformExchange,
  type PlatformHttpOptions,
} from './platformHttp';

const BASE = 'https://platform.test';
const server = setupServer();

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
});
afterAll(() => {
  server.close();
});

function errorBody(status: number, code: string, message: string) {
  return {
    message,
    code,
    status,
    messageParams: {},
    contextId: 'ctx-1',
    details: [],
    errors: [],
  };
}

function makeHttp(overrides: Partial<PlatformHttpOptions> = {}) {
  const waits: number[] = [];
  const platform = createPlatformHttp({
    baseUrl: BASE,
    getAccessToken: () => 'token-1',
    onAuthExpired: () => Promise.resolve(null),
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
    ...overrides,
  });
  return { platform, waits };
}

async function failureOf(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PlatformError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

const isGreeting = (value: unknown): value is { hello: string } =>
  typeof value === 'object' && value !== null && 'hello' in value;

describe('platform HTTP', () => {
  it('sends the bearer token and a JSON body, and returns the JSON answer', async () => {
    const seen: { auth: string | null; type: string | null; body: unknown; url: string }[] = [];
    server.use(
      http.post('*/api/v2/things', async ({ request }) => {
        seen.push({
          auth: request.headers.get('Authorization'),
          type: request.headers.get('Content-Type'),
          body: await request.json(),
          url: request.url,
        });
        return HttpResponse.json({ hello: 'world' });
      }),
    );
    const { platform } = makeHttp();

    const answer = await platform.request('POST', '/api/v2/things', {
      body: { a: 1 },
      query: { pageSize: 5, name: 'x y', skipped: undefined },
      expect: isGreeting,
    });

    expect(answer).toEqual({ hello: 'world' });
    expect(seen).toEqual([
      {
        auth: 'Bearer token-1',
        type: 'application/json',
        body: { a: 1 },
        url: `${BASE}/api/v2/things?pageSize=5&name=x+y`,
      },
    ]);
  });

  it('answers undefined for 202, 204 and empty bodies', async () => {
    server.use(
      http.patch('*/api/v2/accepted', () => new HttpResponse(null, { status: 202 })),
      http.delete('*/api/v2/gone', () => new HttpResponse(null, { status: 204 })),
      http.put('*/api/v2/empty', () => new HttpResponse('', { status: 200 })),
    );
    const { platform } = makeHttp();

    await expect(platform.request('PATCH', '/api/v2/accepted')).resolves.toBeUndefined();
    await expect(platform.request('DELETE', '/api/v2/gone')).resolves.toBeUndefined();
    await expect(platform.request('PUT', '/api/v2/empty')).resolves.toBeUndefined();
  });

  it('gives up after timeoutMs with kind timeout, without repeating the call', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/slow', async () => {
        calls += 1;
        await delay(300);
        return HttpResponse.json({ hello: 'late' });
      }),
    );
    const { platform, waits } = makeHttp({ timeoutMs: 20 });

    const error = await failureOf(platform.request('GET', '/api/v2/slow', { idempotent: true }));

    expect(error.kind).toBe('timeout');
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('carries the typed error body of a 404 and a 409', async () => {
    server.use(
      http.get('*/api/v2/missing', () =>
        HttpResponse.json(errorBody(404, 'not.found', 'Code c1 was not found'), { status: 404 }),
      ),
      http.post('*/api/v2/duplicate', () =>
        HttpResponse.json(errorBody(409, 'conflict', 'The name is taken'), { status: 409 }),
      ),
    );
    const { platform } = makeHttp();

    const missing = await failureOf(platform.request('GET', '/api/v2/missing'));
    expect(missing).toMatchObject({ kind: 'http', status: 404 });
    expect(missing.body).toMatchObject({ code: 'not.found', message: 'Code c1 was not found' });
    expect(isNotFound(missing)).toBe(true);
    expect(isConflict(missing)).toBe(false);

    const duplicate = await failureOf(platform.request('POST', '/api/v2/duplicate'));
    expect(duplicate).toMatchObject({ kind: 'http', status: 409 });
    expect(duplicate.body?.code).toBe('conflict');
    expect(isConflict(duplicate)).toBe(true);
  });

  it('tolerates an error answer that is not JSON', async () => {
    server.use(
      http.post(
        '*/api/v2/gateway',
        () =>
          new HttpResponse('<html>Bad gateway</html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    );
    const { platform } = makeHttp();

    const error = await failureOf(platform.request('POST', '/api/v2/gateway'));

    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(error.body).toBeUndefined();
  });

  it('waits out Retry-After on 429 and then succeeds, even for a POST', async () => {
    const tooMany = (retryAfter: string) =>
      HttpResponse.json(errorBody(429, 'too.many.requests', 'Slow down'), {
        status: 429,
        headers: { 'Retry-After': retryAfter },
      });
    let calls = 0;
    server.use(
      http.post('*/api/v2/busy', () => {
        calls += 1;
        if (calls === 1) return tooMany('2');
        if (calls === 2) return tooMany('3');
        return HttpResponse.json({ hello: 'finally' });
      }),
    );
    const { platform, waits } = makeHttp();

    const answer = await platform.request('POST', '/api/v2/busy', { expect: isGreeting });

    expect(answer.hello).toBe('finally');
    expect(waits).toEqual([2000, 3000]);
    expect(calls).toBe(3);
  });

  it('stops retrying a 429 after maxRetries and reports Retry-After', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/busy', () => {
        calls += 1;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } });
      }),
    );
    const { platform, waits } = makeHttp({ maxRetries: 2 });

    const error = await failureOf(platform.request('GET', '/api/v2/busy', { idempotent: true }));

    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 1 });
    expect(calls).toBe(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('hands a long Retry-After to the caller instead of blocking', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/busy', () => {
        calls += 1;
        return new HttpResponse(null, { status: 429, headers: { 'Retry-After': '600' } });
      }),
    );
    const { platform, waits } = makeHttp({ maxRetryAfterSeconds: 60 });

    const error = await failureOf(platform.request('GET', '/api/v2/busy'));

    expect(error.retryAfterSeconds).toBe(600);
    expect(calls).toBe(1);
    expect(waits).toEqual([]);
  });

  it('retries an idempotent call on 503 with growing, capped waits until it succeeds', async () => {
    let calls = 0;
    server.use(
      http.put('*/api/v2/flaky', () => {
        calls += 1;
        return calls < 3
          ? HttpResponse.json(errorBody(503, 'service.unavailable', 'Down'), { status: 503 })
          : HttpResponse.json({ hello: 'up' });
      }),
    );
    const { platform, waits } = makeHttp({ retryBaseDelayMs: 100, retryMaxDelayMs: 1000 });

    const answer = await platform.request('PUT', '/api/v2/flaky', {
      idempotent: true,
      expect: isGreeting,
    });

    expect(answer.hello).toBe('up');
    expect(calls).toBe(3);
    expect(waits).toHaveLength(2);
    expect(waits[1]).toBeGreaterThan(waits[0] ?? Infinity);
  });

  it('gives up on an idempotent 503 after maxRetries, never waiting beyond the cap', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/down', () => {
        calls += 1;
        return HttpResponse.json(errorBody(503, 'service.unavailable', 'Down'), { status: 503 });
      }),
    );
    const { platform, waits } = makeHttp({
      maxRetries: 5,
      retryBaseDelayMs: 100,
      retryMaxDelayMs: 400,
      random: () => 0.99,
    });

    const error = await failureOf(platform.request('GET', '/api/v2/down', { idempotent: true }));

    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(error.body?.code).toBe('service.unavailable');
    expect(calls).toBe(6);
    expect(waits).toHaveLength(5);
    for (const wait of waits) {
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(400);
    }
    expect(waits[0]).toBeLessThan(waits[2] ?? 0);
    expect(waits[3]).toBe(waits[4]); // the cap reached
  });

  it('never repeats a non-idempotent call on 503 or a network failure', async () => {
    let calls = 0;
    server.use(
      http.post('*/api/v2/messages', () => {
        calls += 1;
        return new HttpResponse(null, { status: 503 });
      }),
      http.post('*/api/v2/offline', () => {
        calls += 1;
        return HttpResponse.error();
      }),
    );
    const { platform, waits } = makeHttp();

    expect(await failureOf(platform.request('POST', '/api/v2/messages'))).toMatchObject({
      kind: 'http',
      status: 503,
    });
    expect((await failureOf(platform.request('POST', '/api/v2/offline'))).kind).toBe('network');
    expect(calls).toBe(2);
    expect(waits).toEqual([]);
  });

  it('retries an idempotent call after a network failure', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/wobbly', () => {
        calls += 1;
        return calls === 1 ? HttpResponse.error() : HttpResponse.json({ hello: 'again' });
      }),
    );
    const { platform, waits } = makeHttp();

    const answer = await platform.request('GET', '/api/v2/wobbly', {
      idempotent: true,
      expect: isGreeting,
    });

    expect(answer.hello).toBe('again');
    expect(waits).toHaveLength(1);
  });

  it('asks the host for a new token on 401 and retries once with it', async () => {
    const tokens: (string | null)[] = [];
    server.use(
      http.post('*/api/v2/secure', ({ request }) => {
        const auth = request.headers.get('Authorization');
        tokens.push(auth);
        return auth === 'Bearer token-2'
          ? HttpResponse.json({ hello: 'again' })
          : HttpResponse.json(errorBody(401, 'authentication.required', 'Expired'), {
              status: 401,
            });
      }),
    );
    let token = 'token-1';
    const onAuthExpired = jest.fn(() => {
      token = 'token-2';
      return Promise.resolve(token);
    });
    const { platform } = makeHttp({ getAccessToken: () => token, onAuthExpired });

    const answer = await platform.request('POST', '/api/v2/secure', { expect: isGreeting });

    expect(answer.hello).toBe('again');
    expect(onAuthExpired).toHaveBeenCalledTimes(1);
    expect(tokens).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('renews once for concurrent 401s', async () => {
    server.use(
      http.get('*/api/v2/secure', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer token-2'
          ? HttpResponse.json({ hello: 'ok' })
          : new HttpResponse(null, { status: 401 }),
      ),
    );
    let token = 'token-1';
    const onAuthExpired = jest.fn(async () => {
      await delay(10);
      token = 'token-2';
      return token;
    });
    const { platform } = makeHttp({ getAccessToken: () => token, onAuthExpired });

    await Promise.all([
      platform.request('GET', '/api/v2/secure', { expect: isGreeting }),
      platform.request('GET', '/api/v2/secure', { expect: isGreeting }),
      platform.request('GET', '/api/v2/secure', { expect: isGreeting }),
    ]);

    expect(onAuthExpired).toHaveBeenCalledTimes(1);
  });

  it('fails with kind authExpired when the host has no new token', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/secure', () => {
        calls += 1;
        return new HttpResponse(null, { status: 401 });
      }),
    );
    const onAuthExpired = jest.fn(() => Promise.resolve(null));
    const { platform } = makeHttp({ onAuthExpired });

    const error = await failureOf(platform.request('GET', '/api/v2/secure', { idempotent: true }));

    expect(error.kind).toBe('authExpired');
    expect(onAuthExpired).toHaveBeenCalledTimes(1);
    expect(calls).toBe(1);
  });

  it('says why a renewal failed, and fails the call as authExpired', async () => {
    server.use(http.get('*/api/v2/secure', () => new HttpResponse(null, { status: 401 })));
    const warnings: [string, unknown][] = [];
    const { platform } = makeHttp({
      onAuthExpired: () => Promise.reject(new Error('popup blocked')),
      warn: (message, detail) => warnings.push([message, detail]),
    });

    const error = await failureOf(platform.request('GET', '/api/v2/secure', { idempotent: true }));

    expect(error.kind).toBe('authExpired');
    expect(warnings).toEqual([
      ['the access token could not be renewed', new Error('popup blocked')],
    ]);
  });

  it('fails with kind authExpired when the new token is refused too', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/v2/secure', () => {
        calls += 1;
        return new HttpResponse(null, { status: 401 });
      }),
    );
    let token = 'token-1';
    const onAuthExpired = jest.fn(() => {
      token = 'token-2';
      return Promise.resolve(token);
    });
    const { platform } = makeHttp({ getAccessToken: () => token, onAuthExpired });

    const error = await failureOf(platform.request('GET', '/api/v2/secure'));

    expect(error.kind).toBe('authExpired');
    expect(onAuthExpired).toHaveBeenCalledTimes(1);
    expect(calls).toBe(2);
  });

  it('asks for a token before calling when it has none', async () => {
    const onAuthExpired = jest.fn(() => Promise.resolve(null));
    const { platform } = makeHttp({ getAccessToken: () => null, onAuthExpired });

    const error = await failureOf(platform.request('GET', '/api/v2/anything'));

    expect(error.kind).toBe('authExpired');
    expect(onAuthExpired).toHaveBeenCalledTimes(1);
  });

  it('reports invalid JSON and unexpected shapes as malformedResponse', async () => {
    server.use(
      http.get('*/api/v2/garbled', () => new HttpResponse('{not json', { status: 200 })),
      http.get('*/api/v2/other', () => HttpResponse.json({ goodbye: true })),
    );
    const { platform } = makeHttp();

    expect((await failureOf(platform.request('GET', '/api/v2/garbled'))).kind).toBe(
      'malformedResponse',
    );
    const error = await failureOf(platform.request('GET', '/api/v2/other', { expect: isGreeting }));
    expect(error.kind).toBe('malformedResponse');
  });

  it('follows a same-origin link but never sends the token elsewhere', async () => {
    server.use(http.get('*/api/v2/next', () => HttpResponse.json({ hello: 'page 2' })));
    const { platform } = makeHttp();

    await expect(
      platform.request('GET', `${BASE}/api/v2/next?after=5`, { expect: isGreeting }),
    ).resolves.toEqual({ hello: 'page 2' });
    const error = await failureOf(platform.request('GET', 'https://elsewhere.test/api/v2/next'));
    expect(error.kind).toBe('malformedResponse');
  });

  it('a stop that comes with a refusal leaves no retry wait behind', async () => {
    server.use(
      http.get('*/api/v2/limited', () =>
        HttpResponse.json(errorBody(429, 'too.many.requests', 'slow down'), {
          status: 429,
          headers: { 'Retry-After': '30' },
        }),
      ),
    );
    let stop: () => void = () => undefined;
    // The client stops in the same turn the 429 is read (here: as the exchange is logged).
    const { platform, waits } = makeHttp({ onExchange: () => stop() });
    stop = () => platform.endCallsUnderWay();
    expect((await failureOf(platform.request('GET', '/api/v2/limited'))).kind).toBe('cancelled');
    expect(waits).toEqual([]);
  });

  it('ends a retry under way when the client stops: no further attempt, no sign-in, later calls run', async () => {
    let attempts = 0;
    let released: () => void = () => undefined;
    server.use(
      http.get('*/api/v2/busy', () => {
        attempts += 1;
        return HttpResponse.json(errorBody(503, 'service.unavailable', 'busy'), { status: 503 });
      }),
      http.get('*/api/v2/gone', () =>
        HttpResponse.json(errorBody(401, 'bad.credentials', 'expired'), { status: 401 }),
      ),
    );
    const onAuthExpired = jest.fn(() => Promise.resolve('token-2'));
    const { platform } = makeHttp({
      onAuthExpired,
      // The retry wait lasts until the test says so (or the client stops).
      sleep: () =>
        new Promise<void>((resolve) => {
          released = resolve;
        }),
    });
    const busy = failureOf(platform.request('GET', '/api/v2/busy', { idempotent: true }));
    await waitFor(() => attempts === 1, { what: 'the first attempt' });
    platform.endCallsUnderWay();
    const ended = await busy;
    expect(ended.kind).toBe('cancelled');
    expect(ended.message).toContain('GET /api/v2/busy');
    released();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(attempts).toBe(1);

    // A call in flight when the client stops is aborted at once (the platform has not
    // answered yet), and asks nobody for a new token.
    let answer: () => void = () => undefined;
    server.use(
      http.get('*/api/v2/slow-gone', async () => {
        await new Promise<void>((resolve) => {
          answer = resolve;
        });
        return HttpResponse.json(errorBody(401, 'bad.credentials', 'expired'), { status: 401 });
      }),
    );
    const outcomes: PlatformExchange['outcome'][] = [];
    const watched = makeHttp({
      onAuthExpired,
      // Longer than the test may take: only the stop's abort can end this attempt.
      timeoutMs: 60_000,
      onExchange: (exchange) => outcomes.push(exchange.outcome),
    }).platform;
    const slow = failureOf(watched.request('GET', '/api/v2/slow-gone', { idempotent: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    watched.endCallsUnderWay();
    expect((await slow).kind).toBe('cancelled');
    expect(outcomes).toEqual(['cancelled']);
    answer();
    expect(onAuthExpired).not.toHaveBeenCalled();

    // Stopped while the host was signing the agent in again, a sign-in that may never end:
    // the call ends now and sends nothing more.
    let goneAttempts = 0;
    server.use(
      http.get('*/api/v2/gone-once', () => {
        goneAttempts += 1;
        return HttpResponse.json(errorBody(401, 'bad.credentials', 'expired'), { status: 401 });
      }),
    );
    const prompting = makeHttp({
      onAuthExpired: () => new Promise<string>(() => undefined),
    }).platform;
    const renewing = failureOf(prompting.request('GET', '/api/v2/gone-once'));
    await waitFor(() => goneAttempts === 1, { what: 'the 401' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    prompting.endCallsUnderWay();
    expect((await renewing).kind).toBe('cancelled');
    expect(goneAttempts).toBe(1);

    // A call made after the stop is a new start: it renews as usual.
    expect((await failureOf(platform.request('GET', '/api/v2/gone'))).kind).toBe('authExpired');
    expect(onAuthExpired).toHaveBeenCalledTimes(1);
  });
});
