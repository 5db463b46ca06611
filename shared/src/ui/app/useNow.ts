// One shared one-second tick for every elapsed-time display: hooks re-render on it, and
// ElapsedTime writes its text on it without rendering at all.
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

/** Calls `listener` on every tick; returns the unsubscribe. */
export function subscribeToNow(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The tick's current time (whole seconds before the first tick). */
export function readNow(): number {
  // Before the first tick, whole seconds keep repeated reads equal within a render.
  if (timer === undefined) now = Math.floor(Date.now() / 1000) * 1000;
  return now;
}

/** Milliseconds since the epoch, refreshed every second while anything displays it. */
export function useNow(): number {
  return useSyncExternalStore(subscribeToNow, readNow, readNow);
}
