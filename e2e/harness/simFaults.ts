// The simulator's fault switch (POST /sim/faults), as the browser tests use it.

export type SimFault = Record<string, number | string>;

export const armFault = (simulatorUrl: string, fault: SimFault): Promise<Response> =>
  fetch(new URL('/sim/faults', simulatorUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });

/**
 * One 429 for the next reply sent, and only for it: the client's other calls (typing, the
 * wrap-up note) cannot use it up first.
 */
export const refuseNextSend = (retryAfterSeconds: number): SimFault => ({
  status: 429,
  count: 1,
  retryAfterSeconds,
  method: 'POST',
  pathContains: '/messages',
});

/** Disarmed: a fault needs a status or a latency, so latency 0 with count 0 clears it. */
export const NO_FAULT: SimFault = { latencyMs: 0, count: 0 };
