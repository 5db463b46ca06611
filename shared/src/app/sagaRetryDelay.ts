// How a saga asks the platform again for something it needs (a chat's history, its queue's
// wrap-up codes, a message's text): waits doubling from the core's base, capped, and never
// sooner than a 429's Retry-After, the platform's own word on when to ask again.
import { delay } from 'typed-redux-saga';
import { isPlatformError, isRetryable } from '../platform/platformError';
import type { CoreDeps } from './coreDeps';

export function sagaRetryDelayMs(deps: CoreDeps, error: unknown, attempt: number): number {
  const backoff = Math.min(deps.timings.retryMaxMs, deps.timings.retryBaseMs * 2 ** (attempt - 1));
  const asked = isPlatformError(error) ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
  return Math.max(backoff, asked);
}

/**
 * Runs `attempt` until it answers, `attempts` tries in all: a failure the platform may get over
 * (isRetryable) is tried again after sagaRetryDelayMs, unless `stillWanted` (asked after the
 * wait) says the answer is no longer needed. Each failure is logged as `what` not loaded; the
 * last one is thrown.
 */
export function* retryingLoad<R>(
  deps: CoreDeps,
  what: string,
  attempts: number,
  attempt: () => Generator<unknown, R, unknown>,
  stillWanted?: () => Generator<unknown, boolean, unknown>,
): Generator<unknown, R, unknown> {
  for (let tried = 1; ; tried += 1) {
    try {
      return yield* attempt();
    } catch (error) {
      deps.logger.warn(`${what} not loaded (attempt ${tried})`, error);
      if (!isRetryable(error) || tried >= attempts) throw error;
      yield* delay(sagaRetryDelayMs(deps, error, tried));
      if (stillWanted !== undefined && !(yield* stillWanted())) throw error;
    }
  }
}
