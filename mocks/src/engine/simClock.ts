// Time for the simulator. Tests inject a ManualClock to fast-forward alerting and wrap-up
// timeouts; the loopback server uses the system clock.

export type TimerHandle = number;

export interface SimClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}

export function createSystemClock(): SimClock {
  const timers = new Map<TimerHandle, ReturnType<typeof setTimeout>>();
  let next = 1;
  return {
    now: () => Date.now(),
    setTimer(callback, delayMs) {
      const handle = next++;
      const timer = setTimeout(() => {
        timers.delete(handle);
        callback();
      }, delayMs);
      // A pending alerting or wrap-up timer must not keep a process alive at shutdown.
      // Optional: DOM test environments hand out timers without it.
      if ('unref' in timer) timer.unref();
      timers.set(handle, timer);
      return handle;
    },
    clearTimer(handle) {
      clearTimeout(timers.get(handle));
      timers.delete(handle);
    },
  };
}

export interface ManualClock extends SimClock {
  /** Moves time forward, firing due timers in order of their due time. */
  advance(ms: number): void;
  pendingTimers(): number;
}

export function createManualClock(startMs = Date.UTC(2026, 0, 5, 9, 0, 0)): ManualClock {
  let current = startMs;
  let next = 1;
  const timers = new Map<TimerHandle, { dueAt: number; callback: () => void }>();
  return {
    now: () => current,
    setTimer(callback, delayMs) {
      const handle = next++;
      timers.set(handle, { dueAt: current + Math.max(0, delayMs), callback });
      return handle;
    },
    clearTimer(handle) {
      timers.delete(handle);
    },
    advance(ms) {
      const target = current + ms;
      for (;;) {
        let dueHandle: TimerHandle | undefined;
        let dueAt = Infinity;
        for (const [handle, timer] of timers) {
          if (timer.dueAt <= target && timer.dueAt < dueAt) {
            dueAt = timer.dueAt;
            dueHandle = handle;
          }
        }
        if (dueHandle === undefined) break;
        const timer = timers.get(dueHandle);
        timers.delete(dueHandle);
        current = dueAt;
        timer?.callback();
      }
      current = target;
    },
    pendingTimers: () => timers.size,
  };
}
