// How long a saga waits before asking the platform again for something it needs (a chat's
// history, its queue's wrap-up codes): doubling from the core's base, capped, and never
// sooner than a 429's Retry-After, the platform's own word on when to ask again.
import { isPlatformError } from '../platform/platformError';
import type { CoreDeps } from './coreDeps';

export function sagaRetryDelayMs(deps: CoreDeps, error: unknown, attempt: number): number {
  const backoff = Math.min(deps.timings.retryMaxMs, deps.timings.retryBaseMs * 2 ** (attempt - 1));
  const asked = isPlatformError(error) ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
  return Math.max(backoff, asked);
}
