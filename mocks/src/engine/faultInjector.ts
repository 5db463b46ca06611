// Faults a test or a demo asks for through POST /sim/faults: the next `count` API calls fail
// with the given status and/or are delayed. A fault may name the calls it is for (a method,
// a piece of the path): a test that wants one send refused then does not race the client's
// other calls for the faults.

export interface FaultRequest {
  status?: 429 | 500 | 503;
  count?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
  dropSockets?: boolean;
  socketClosing?: boolean;
  /** Only calls with this HTTP method take the fault. */
  method?: string;
  /** Only calls whose path contains this text take the fault. */
  pathContains?: string;
}

export interface InjectedFault {
  status?: number;
  retryAfterSeconds?: number;
  latencyMs?: number;
}

interface FaultTarget {
  method?: string;
  pathContains?: string;
}

export class FaultInjector {
  private remaining = 0;
  private fault: InjectedFault = {};
  private target: FaultTarget = {};

  arm(request: FaultRequest): void {
    if (request.status === undefined && request.latencyMs === undefined) return;
    this.remaining = request.count ?? 1;
    this.fault = {
      status: request.status,
      retryAfterSeconds: request.status === 429 ? (request.retryAfterSeconds ?? 1) : undefined,
      latencyMs: request.latencyMs,
    };
    this.target = { method: request.method?.toUpperCase(), pathContains: request.pathContains };
  }

  /** The fault for the API call being served now, if one is armed for it. */
  take(call: { method: string; pathname: string }): InjectedFault | null {
    if (this.remaining <= 0) return null;
    const { method, pathContains } = this.target;
    if (method !== undefined && call.method.toUpperCase() !== method) return null;
    if (pathContains !== undefined && !call.pathname.includes(pathContains)) return null;
    this.remaining -= 1;
    return this.fault;
  }

  clear(): void {
    this.remaining = 0;
    this.fault = {};
    this.target = {};
  }
}
