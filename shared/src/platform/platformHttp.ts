// The one place that talks HTTP to the platform: bearer token, JSON, a timeout on every
// attempt, typed errors, rate-limit and transient-failure retries, one token renewal on 401.
import { PlatformError, errorBodyFrom } from './platformError';
import { requestUrl, type QueryParams } from './requestUrl';
import { DEFAULT_RETRY_POLICY, retryAfterSecondsFrom, retryDelayMs } from './retryPolicy';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type ResponseGuard<T> = (value: unknown) => value is T;

export interface RequestOptions {
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  /** Safe to repeat (GET, PUT, DELETE, absolute-state PATCH): 502/503/504/network are retried. */
  idempotent?: boolean;
}

export interface CheckedRequestOptions<T> extends RequestOptions {
  /** The response must pass this check, else the call fails with kind 'malformedResponse'. */
  expect: ResponseGuard<T>;
}

export interface PlatformHttpOptions {
  baseUrl: string;
  getAccessToken(): string | null;
  /** The host renews the session: a new token (which getAccessToken then returns too), or null. */
  onAuthExpired(): Promise<string | null>;
  fetch?: typeof fetch;
  /** Per attempt. Default 10 000. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Retries after the first attempt (429 and transient failures together). Default 3. */
  maxRetries?: number;
  /** First backoff step. Default 250. */
  retryBaseDelayMs?: number;
  /** Backoff cap. Default 4000. */
  retryMaxDelayMs?: number;
  /** A longer `Retry-After` fails the call instead of blocking it. Default 60. */
  maxRetryAfterSeconds?: number;
  /** Where a failed token renewal is reported (the call then fails as unauthorized). */
  warn?: (message: string, detail?: unknown) => void;
  /** Told of every attempt once it ends: for the diagnostic log (no bodies, no query). */
  onExchange?: (exchange: PlatformExchange) => void;
}

export interface PlatformExchange {
  method: HttpMethod;
  /** The path without its query (queries may carry search text). */
  path: string;
  /** The HTTP status, or `timeout` / `network`, or `cancelled` (the client stopped). */
  outcome: number | 'timeout' | 'network' | 'cancelled';
  ms: number;
}

export interface PlatformHttp {
  /** A call whose JSON answer is checked; rejects with a PlatformError. */
  request<T>(method: HttpMethod, path: string, options: CheckedRequestOptions<T>): Promise<T>;
  /** A call whose answer is not used (undefined for 202/204/empty); rejects with a PlatformError. */
  request(method: HttpMethod, path: string, options?: RequestOptions): Promise<unknown>;
  /**
   * The client is stopping (sign-out, a closed panel): the calls under way end now, kind
   * 'cancelled': an attempt in flight is aborted (it may still have landed), a wait to retry
   * is cut short, no new token is asked for. Calls made afterwards run as usual.
   */
  endCallsUnderWay(): void;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** The headers of every platform call (the head start's reads send the same). */
export function platformHeaders(token: string, withJsonBody: boolean): Record<string, string> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${token}`,
    Accept: 'application/json',
  };
  if (withJsonBody) headers['Content-Type'] = 'application/json';
  return headers;
}

export function createPlatformHttp(options: PlatformHttpOptions): PlatformHttp {
  const base = new URL(options.baseUrl);
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 10_000;
  // Which stop a call belongs to: a call started before endCallsUnderWay is over at its next
  // step. `onEnd` cuts its waits and aborts its attempts at once, so a stopped client leaves
  // no timer and no request behind.
  let generation = 0;
  const onEnd = new Set<() => void>();
  const pause = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const wake = () => {
        onEnd.delete(wake);
        clearTimeout(timer);
        resolve();
      };
      onEnd.add(wake);
      if (options.sleep === undefined) timer = setTimeout(wake, ms);
      else void options.sleep(ms).then(wake, wake);
    });
  const policy = {
    maxRetries: options.maxRetries ?? DEFAULT_RETRY_POLICY.maxRetries,
    baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.retryMaxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? DEFAULT_RETRY_POLICY.maxRetryAfterSeconds,
    random: options.random ?? Math.random,
  };
  const warn =
    options.warn ??
    ((message: string, detail?: unknown) => {
      console.warn(`[acd-platform] ${message}`, detail ?? '');
    });
  // Concurrent 401s share one renewal, so the host is asked once.
  let renewal: Promise<string | null> | undefined;

  /** The host's renewal, or null as soon as the client stops (a sign-in may never finish). */
  const renewalUntilEnded = (rejected: string | null): Promise<string | null> =>
    new Promise((resolve) => {
      const end = () => {
        onEnd.delete(end);
        resolve(null);
      };
      onEnd.add(end);
      void renewToken(rejected).then((token) => {
        onEnd.delete(end);
        resolve(token);
      });
    });

  async function renewToken(rejected: string | null): Promise<string | null> {
    const current = options.getAccessToken();
    if (current !== null && current !== rejected) return current; // renewed meanwhile
    renewal ??= (async () => {
      try {
        return await options.onAuthExpired();
      } catch (cause) {
        // The call still fails as the 401 it was; the reason the renewal failed would
        // otherwise be lost.
        warn('the access token could not be renewed', cause);
        return null;
      } finally {
        renewal = undefined;
      }
    })();
    return renewal;
  }

  /** One exchange: the answer, whatever its status, or a timeout/network error. */
  async function attempt(
    method: HttpMethod,
    url: URL,
    token: string,
    payload: string | undefined,
    what: string,
  ): Promise<Answer | PlatformError> {
    const controller = new AbortController();
    const started = Date.now();
    // Set from `end` (a closure TypeScript cannot follow, hence an object).
    const by = { stop: false };
    const timer = setTimeout(() => {
      controller.abort();
    }, timeoutMs);
    const end = () => {
      by.stop = true;
      controller.abort();
    };
    onEnd.add(end);
    const headers = platformHeaders(token, payload !== undefined);
    try {
      const response = await fetchImpl(url, {
        method,
        headers,
        body: payload,
        signal: controller.signal,
      });
      const text = await response.text();
      options.onExchange?.({
        method,
        path: url.pathname,
        outcome: response.status,
        ms: Date.now() - started,
      });
      return { status: response.status, headers: response.headers, text };
    } catch (cause) {
      // An abort is the stop's or else the timer's: the time ran out.
      const outcome = by.stop ? 'cancelled' : controller.signal.aborted ? 'timeout' : 'network';
      options.onExchange?.({ method, path: url.pathname, outcome, ms: Date.now() - started });
      switch (outcome) {
        case 'cancelled':
          return new PlatformError('cancelled', `${what}: the agent client stopped`, { cause });
        case 'timeout':
          return new PlatformError('timeout', `${what} timed out after ${timeoutMs} ms`, { cause });
        case 'network':
          return new PlatformError('network', `${what} could not reach the platform`, { cause });
      }
    } finally {
      clearTimeout(timer);
      onEnd.delete(end);
    }
  }

  function httpError(answer: Answer, what: string): PlatformError {
    const body = errorBodyFrom(answer.text, answer.status);
    const retryAfterSeconds = retryAfterSecondsFrom(answer.headers.get('Retry-After'), Date.now());
    const detail = body === undefined ? '' : `: ${body.code} ${body.message}`;
    return new PlatformError('http', `${what} failed with ${answer.status}${detail}`, {
      status: answer.status,
      body,
      retryAfterSeconds,
    });
  }

  function decode(answer: Answer, expect: ResponseGuard<unknown> | undefined, what: string) {
    let value: unknown;
    if (answer.status !== 202 && answer.status !== 204 && answer.text.trim() !== '') {
      try {
        value = JSON.parse(answer.text);
      } catch (cause) {
        throw new PlatformError('malformedResponse', `${what} answered with invalid JSON`, {
          status: answer.status,
          cause,
        });
      }
    }
    if (expect !== undefined && !expect(value)) {
      throw new PlatformError('malformedResponse', `${what} answered with an unexpected shape`, {
        status: answer.status,
      });
    }
    return value;
  }

  async function send(
    method: HttpMethod,
    path: string,
    requestOptions: RequestOptions & { expect?: ResponseGuard<unknown> } = {},
  ): Promise<unknown> {
    const url = requestUrl(base, path, requestOptions.query);
    const what = `${method} ${url.pathname}`;
    const idempotent = requestOptions.idempotent === true;
    const payload =
      requestOptions.body === undefined ? undefined : JSON.stringify(requestOptions.body);
    const authExpired = (cause?: unknown) =>
      new PlatformError('authExpired', `${what}: the session has expired`, { status: 401, cause });

    const started = generation;
    const throwIfEnded = () => {
      if (generation !== started)
        throw new PlatformError('cancelled', `${what}: the agent client stopped`);
    };
    // One renewal per call: asked up front when there is no token, else after a 401.
    let renewed = false;
    let token = options.getAccessToken();
    if (token === null) {
      renewed = true;
      token = await renewalUntilEnded(null);
      throwIfEnded();
      if (token === null) throw authExpired();
    }
    let retries = 0;
    for (;;) {
      const outcome = await attempt(method, url, token, payload, what);
      if (outcome instanceof PlatformError && outcome.kind === 'cancelled') throw outcome;
      // Stopped just as the answer came in: no retry wait, no renewal.
      throwIfEnded();
      if (!(outcome instanceof PlatformError) && outcome.status >= 200 && outcome.status < 300) {
        return decode(outcome, requestOptions.expect, what);
      }
      const error = outcome instanceof PlatformError ? outcome : httpError(outcome, what);
      if (error.kind === 'http' && error.status === 401) {
        // A second 401 after a fresh token means the host cannot help: stop asking.
        if (renewed) throw authExpired(error);
        // A stopped client asks nobody to sign in again (the agent may have just signed out).
        throwIfEnded();
        renewed = true;
        const next = await renewalUntilEnded(token);
        // Stopped while the host was signing the agent in: the call is over, whatever the
        // sign-in brings.
        throwIfEnded();
        if (next === null) throw authExpired(error);
        token = next;
        continue;
      }
      const delay = retryDelayMs(policy, error, idempotent, retries);
      if (delay === undefined) throw error;
      retries += 1;
      await pause(delay);
      throwIfEnded();
    }
  }

  function request<T>(
    method: HttpMethod,
    path: string,
    requestOptions: CheckedRequestOptions<T>,
  ): Promise<T>;
  function request(
    method: HttpMethod,
    path: string,
    requestOptions?: RequestOptions,
  ): Promise<unknown>;
  function request(
    method: HttpMethod,
    path: string,
    requestOptions?: RequestOptions & { expect?: ResponseGuard<unknown> },
  ): Promise<unknown> {
    return send(method, path, requestOptions);
  }

  return {
    request,
    endCallsUnderWay() {
      generation += 1;
      for (const end of [...onEnd]) end();
    },
  };
}
