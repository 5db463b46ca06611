// How a background instance and its views reach each other. Messages are plain,
// structured-cloneable data; delivery is asynchronous and in order per sender, and a sender
// never hears itself (the BroadcastChannel contract, which the memory hub copies for tests).

export interface RemoteTransport {
  send(message: unknown): void;
  /** Returns the function that stops listening. */
  listen(listener: (message: unknown) => void): () => void;
  close(): void;
}

/** In-process channel with BroadcastChannel semantics, for tests and single-page hosts. */
export function createMemoryHub() {
  const endpoints = new Set<Set<(message: unknown) => void>>();
  return {
    connect(): RemoteTransport {
      const listeners = new Set<(message: unknown) => void>();
      endpoints.add(listeners);
      return {
        send(message) {
          // Cloned like postMessage does, so nobody shares objects across "frames".
          const copy = structuredClone(message);
          for (const other of endpoints) {
            if (other === listeners) continue;
            setTimeout(() => {
              for (const listener of other) listener(copy);
            }, 0);
          }
        },
        listen(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        close() {
          endpoints.delete(listeners);
          listeners.clear();
        },
      };
    },
  };
}
