// Errors as values: every platform call rejects with a PlatformError whose kind the UI can
// explain (and the sagas can act on) without parsing messages.
import type { ErrorBody } from './platformTypes';
import { isRecord } from '../guards/isRecord';

export type PlatformErrorKind =
  | 'http'
  | 'timeout'
  | 'network'
  | 'authExpired'
  | 'malformedResponse'
  /** The agent client stopped while the call was under way (no answer to act on). */
  | 'cancelled';

export interface PlatformErrorDetails {
  /** The HTTP status, when the platform answered. */
  status?: number;
  /** The platform's error body, when the answer carried one. */
  body?: ErrorBody;
  /** The platform's `Retry-After`, in seconds. */
  retryAfterSeconds?: number;
  cause?: unknown;
}

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  readonly kind: PlatformErrorKind;
  readonly status?: number;
  readonly body?: ErrorBody;
  readonly retryAfterSeconds?: number;

  constructor(kind: PlatformErrorKind, message: string, details: PlatformErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.body = details.body;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** True for a PlatformError (a thrown value may be anything). */
export function isPlatformError(error: unknown): error is PlatformError {
  return error instanceof PlatformError;
}

function hasStatus(error: unknown, status: number): boolean {
  return isPlatformError(error) && error.kind === 'http' && error.status === status;
}

/** 409: the platform refused because of the current state (e.g. a duplicate name). */
export function isConflict(error: unknown): boolean {
  return hasStatus(error, 409);
}

/** 404: the thing is gone (or never was). */
export function isNotFound(error: unknown): boolean {
  return hasStatus(error, 404);
}

/** 400: the platform rejected the request itself; repeating it will not help. */
export function isBadRequest(error: unknown): boolean {
  return hasStatus(error, 400);
}

/**
 * Worth trying again later: the platform was unreachable, slow, busy or failing. Whether a
 * non-idempotent call may be repeated is still the caller's decision.
 */
export function isRetryable(error: unknown): boolean {
  if (!isPlatformError(error)) return false;
  switch (error.kind) {
    case 'network':
    case 'timeout':
      return true;
    case 'http': {
      const status = error.status ?? 0;
      return status === 408 || status === 429 || status >= 500;
    }
    case 'authExpired':
    case 'malformedResponse':
    case 'cancelled':
      return false;
  }
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * The platform's error body from a response text, or undefined when the text is not one
 * (gateways answer HTML or plain text). Missing optional fields get neutral defaults.
 */
export function errorBodyFrom(text: string, status: number): ErrorBody | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || typeof parsed.message !== 'string') return undefined;
  return {
    message: parsed.message,
    code: typeof parsed.code === 'string' ? parsed.code : '',
    status: typeof parsed.status === 'number' ? parsed.status : status,
    messageParams: stringRecord(parsed.messageParams),
    contextId: typeof parsed.contextId === 'string' ? parsed.contextId : '',
    details: Array.isArray(parsed.details) ? (parsed.details as unknown[]) : [],
    errors: Array.isArray(parsed.errors) ? (parsed.errors as unknown[]) : [],
  };
}
