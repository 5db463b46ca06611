// The platform's error body, raised by the engine and rendered by the handlers.
import type { ErrorBody } from '@acd/shared';

const CODES: Record<number, string> = {
  400: 'bad.request',
  401: 'authentication.required',
  403: 'missing.permissions',
  404: 'not.found',
  405: 'method.not.allowed',
  409: 'conflict',
  413: 'request.entity.too.large',
  415: 'unsupported.media.type',
  429: 'too.many.requests',
  500: 'internal.server.error',
  503: 'service.unavailable',
};

export class SimPlatformError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string = CODES[status] ?? 'bad.request',
  ) {
    super(message);
    this.name = 'SimPlatformError';
  }

  toBody(contextId: string): ErrorBody {
    return {
      message: this.message,
      code: this.code,
      status: this.status,
      messageParams: {},
      contextId,
      details: [],
      errors: [],
    };
  }
}

export const badRequest = (message: string) => new SimPlatformError(400, message);
export const notFound = (what: string, id: string) =>
  new SimPlatformError(404, `${what} ${id} was not found`);
export const conflict = (message: string) => new SimPlatformError(409, message);
export const forbidden = (permission: string) =>
  new SimPlatformError(403, `Missing permission: ${permission}`);
