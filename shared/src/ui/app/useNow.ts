// One shared one-second tick for every elapsed-time display, so only those tiny components
// re-render each second (never the rows around them).
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void): () => void {
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

function snapshot(): number {
  // Before the first tick, whole seconds keep repeated reads equal within a render.
  if (timer === undefined) now = Math.floor(Date.now() / 1000) * 1000;
  return now;
}

/** Milliseconds since the epoch, refreshed every second while anything displays it. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
