// A Web Storage for tests and for pages where the browser refuses storage (some privacy
// modes throw on first access): same interface, kept in memory.
import type { WebStorageLike } from './browserStorage';

export function createMemoryWebStorage(): WebStorageLike {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}
