// The client's recent history for support: a bounded ring buffer of events (platform calls
// with status and timing, socket and outbox changes, warnings). It is the core's Logger port,
// so sagas write to it the way they always warned, never through `console`.
import type { Logger } from '../../app/coreDeps';

export type DiagnosticKind = 'platform' | 'socket' | 'outbox' | 'session' | 'notice' | 'warn';

export interface DiagnosticEntry {
  /** Epoch milliseconds. */
  at: number;
  kind: DiagnosticKind;
  message: string;
  detail?: unknown;
}

export interface DiagnosticLog extends Logger {
  record(kind: DiagnosticKind, message: string, detail?: unknown): void;
  /** Oldest first; at most `capacity` entries. */
  entries(): DiagnosticEntry[];
  /** Entries dropped to keep the buffer bounded. */
  dropped(): number;
}

export interface DiagnosticLogOptions {
  capacity?: number;
  now?: () => number;
  /** Also told of warnings (the console in development); diagnostics keep them either way. */
  forward?: Logger;
}

export const DEFAULT_DIAGNOSTIC_CAPACITY = 500;

/** Where warnings also go by default, for a developer with the console open. */
export const consoleLogger: Logger = {
  warn: (message, detail) => {
    console.warn(`[acd-core] ${message}`, detail ?? '');
  },
};

export function createDiagnosticLog(options: DiagnosticLogOptions = {}): DiagnosticLog {
  const capacity = Math.max(1, options.capacity ?? DEFAULT_DIAGNOSTIC_CAPACITY);
  const now = options.now ?? Date.now;
  const ring: (DiagnosticEntry | undefined)[] = new Array<DiagnosticEntry | undefined>(capacity);
  let next = 0;
  let total = 0;

  const record = (kind: DiagnosticKind, message: string, detail?: unknown) => {
    ring[next] =
      detail === undefined ? { at: now(), kind, message } : { at: now(), kind, message, detail };
    next = (next + 1) % capacity;
    total += 1;
  };

  return {
    record,
    warn(message, detail) {
      record('warn', message, detail instanceof Error ? { error: detail.message } : detail);
      options.forward?.warn(message, detail);
    },
    entries() {
      const ordered =
        total < capacity ? ring.slice(0, total) : [...ring.slice(next), ...ring.slice(0, next)];
      return ordered.filter((entry): entry is DiagnosticEntry => entry !== undefined);
    },
    dropped: () => Math.max(0, total - capacity),
  };
}
