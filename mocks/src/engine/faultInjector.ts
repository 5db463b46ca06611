// Faults a test or a demo asks for through POST /sim/faults: the next `count` API calls fail
// with the given status and/or are delayed.

export interface FaultRequest {
  status?: 429 | 500 | 503;
  count?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  dropSockets?: boolean;
  socketClosing?: boolean;
}

export interface InjectedFault {
  status?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
}

export class FaultInjector {
  private remaining = 0;
  private fault: InjectedFault = {};

  arm(request: FaultRequest): void {
    if (request.status === undefined && request.latencyMs === undefined) return;
    this.remaining = request.count ?? 1;
    this.fault = {
      status: request.status,
      retryAfterSeconds: request.status === 429 ? (request.retryAfterSeconds ?? 1) : undefined,
      latencyMs: request.latencyMs,
    };
  }

  /** The fault for the API call being served now, if any is armed. */
  take(): InjectedFault | null {
    if (this.remaining <= 0) return null;
    this.remaining -= 1;
    return this.fault;
  }

  clear(): void {
    this.remaining = 0;
    this.fault = {};
  }
}
