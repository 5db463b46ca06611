// Calls into the integrator's file are contained: a callback that throws, calls back twice or
// never calls back becomes one rejected promise (after a timeout), never an exception in the
// client's own flow.

export class FrameworkCallError extends Error {
  override readonly name = 'FrameworkCallError';
  constructor(
    message: string,
    readonly reason: 'threw' | 'failed' | 'timeout' | 'missing',
  ) {
    super(message);
  }
}

export const DEFAULT_CALLBACK_TIMEOUT_MS = 15_000;

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (error === undefined) return 'no reason given';
  try {
    // JSON.stringify answers undefined for functions and symbols, whatever its type says.
    const text = JSON.stringify(error) as string | undefined;
    return text ?? typeof error;
  } catch {
    return typeof error;
  }
}

/**
 * Runs `invoke(onSuccess, onFailure)` and settles with the first answer. `onLate` hears an
 * answer that comes after the timeout (a record id must not be lost even then).
 */
export function callWithCallbacks<T>(
  what: string,
  invoke: (onSuccess: (result: T) => void, onFailure: (error?: unknown) => void) => void,
  options: { timeoutMs?: number; onLate?: (result: T) => void } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // An object, not a local flag: the callbacks may settle it before invoke() throws.
    const call = { settled: false, timedOut: false };
    const timer = setTimeout(() => {
      if (call.settled) return;
      call.settled = true;
      call.timedOut = true;
      reject(new FrameworkCallError(`${what} did not answer in time`, 'timeout'));
    }, options.timeoutMs ?? DEFAULT_CALLBACK_TIMEOUT_MS);
    const onSuccess = (result: T) => {
      if (call.timedOut) options.onLate?.(result);
      if (call.settled) return;
      call.settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const onFailure = (error?: unknown) => {
      if (call.settled) return;
      call.settled = true;
      clearTimeout(timer);
      reject(new FrameworkCallError(`${what} failed: ${describe(error)}`, 'failed'));
    };
    try {
      invoke(onSuccess, onFailure);
    } catch (error) {
      if (call.settled) return;
      call.settled = true;
      clearTimeout(timer);
      reject(new FrameworkCallError(`${what} threw: ${describe(error)}`, 'threw'));
    }
  });
}

/** A fire-and-forget callback (screenPop, openCallLog, initialSetup): returns the error, if any. */
export function callSafely(what: string, invoke: () => void): FrameworkCallError | null {
  try {
    invoke();
    return null;
  } catch (error) {
    return new FrameworkCallError(`${what} threw: ${describe(error)}`, 'threw');
  }
}
