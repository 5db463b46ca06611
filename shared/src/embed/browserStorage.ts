// The core's Storage port on the browser's Web Storage (localStorage in the apps), under a
// namespace so the client never reads or clears another app's keys on the same origin.
import type { Storage } from '../ports/storage';

/** The part of the DOM's Storage interface this needs (localStorage, sessionStorage). */
export interface WebStorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface NamespacedStorage extends Storage {
  /** Every key this namespace holds, without the prefix. */
  keys(): string[];
  /** Removes this namespace's keys only (sign-out). */
  clear(): Promise<void>;
}

export function createWebStorage(
  webStorage: WebStorageLike,
  namespace = 'acd-agent',
): NamespacedStorage {
  const prefix = `${namespace}:`;
  // Web Storage throws synchronously (quota, private mode, blocked by policy); the port is
  // async so the core's sagas see a rejected promise they already handle.
  const attempt = <T>(run: () => T): Promise<T> => {
    try {
      return Promise.resolve(run());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };
  const keys = (): string[] => {
    const found: string[] = [];
    for (let i = 0; i < webStorage.length; i += 1) {
      const key = webStorage.key(i);
      if (key?.startsWith(prefix) === true) found.push(key.slice(prefix.length));
    }
    return found;
  };
  return {
    getItem: (key) => attempt(() => webStorage.getItem(prefix + key)),
    setItem: (key, value) => attempt(() => webStorage.setItem(prefix + key, value)),
    removeItem: (key) => attempt(() => webStorage.removeItem(prefix + key)),
    keys,
    clear: () =>
      attempt(() => {
        for (const key of keys()) webStorage.removeItem(prefix + key);
      }),
  };
}
