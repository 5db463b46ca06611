// When a failed platform call is tried again, and how long to wait first.
import type { PlatformError } from './platformError';

export interface RetryPolicy {
  /** Retries after the first attempt, across every reason (a token renewal is not one). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer `Retry-After` is not waited out inside a call: the error goes to the caller. */
  maxRetryAfterSeconds: number;
  random: () => number;
}

export const DEFAULT_RETRY_POLICY: Omit<RetryPolicy, 'random'> = {
  maxRetries: 3,
  baseDelayMs: 250,
  maxDelayMs: 4000,
  maxRetryAfterSeconds: 60,
};

const TRANSIENT_STATUSES = new Set([502, 503, 504]);

/** Capped exponential backoff with "equal jitter": never zero, never above the cap. */
export function backoffDelayMs(policy: RetryPolicy, retryIndex: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  const jitter = Math.min(Math.max(policy.random(), 0), 1);
  return Math.round(cap / 2 + (jitter * cap) / 2);
}

/** `Retry-After` in seconds: either delta-seconds or an HTTP date. */
export function retryAfterSecondsFrom(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * How long to wait before retrying, or undefined when the error must go to the caller.
 * A 429 was not processed, so any call may repeat it; 502/503/504 and network failures only
 * repeat calls that are safe to repeat. Timeouts are never repeated here: the call may
 * still be running, and its latency stays bounded by one timeout.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  error: PlatformError,
  idempotent: boolean,
  retriesSoFar: number,
): number | undefined {
  if (retriesSoFar >= policy.maxRetries) return undefined;
  const retryAfter = error.retryAfterSeconds;
  if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterSeconds) return undefined;
  const rateLimited = error.kind === 'http' && error.status === 429;
  const transient =
    error.kind === 'network' ||
    (error.kind === 'http' && error.status !== undefined && TRANSIENT_STATUSES.has(error.status));
  if (!rateLimited && !(idempotent && transient)) return undefined;
  return retryAfter === undefined ? backoffDelayMs(policy, retriesSoFar) : retryAfter * 1000;
}
