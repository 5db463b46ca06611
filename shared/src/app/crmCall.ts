// Every call into the host's CRM is bounded: the CRMs' own request APIs (ZAF's client.request,
// an Apex call) have no timer, and a call that never answers would hold its work for ever.
import { call, delay, race } from 'typed-redux-saga';
import type { CoreDeps } from './coreDeps';

/** Why a CRM call was given up: it did not answer within the core's crmCallTimeoutMs. */
export class CrmTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`The CRM did not answer in ${timeoutMs / 1000} s`);
    this.name = 'CrmTimeoutError';
  }
}

/**
 * Calls the CRM, failing with a CrmTimeoutError when it has not answered in time (the race
 * cancels the loser, so no timer outlives the call, and a saga stopped mid-call takes both).
 * A write given up this way may still land: callers retry only what the adapters recognise.
 */
export function* callCrm<A extends unknown[], R>(
  deps: CoreDeps,
  fn: (...args: A) => Promise<R>,
  ...args: A
) {
  const timeoutMs = deps.timings.crmCallTimeoutMs;
  const { answer, late } = yield* race({
    answer: call(fn, ...args),
    late: delay(timeoutMs),
  });
  if (late !== undefined) throw new CrmTimeoutError(timeoutMs);
  return answer as R;
}
