// Where the core keeps what must survive a reload: drafts and the outbox. Browser storage
// in the apps (LWS namespaces it in Salesforce), memory in tests.

export interface Storage {
  getItem: (key: string) => Promise<string | null>;
  setItem: (key: string, value: string) => Promise<void>;
  removeItem: (key: string) => Promise<void>;
}

export function createMemoryStorage(initial: Record<string, string> = {}): Storage & {
  dump: () => Record<string, string>;
} {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => Promise.resolve(items.get(key) ?? null),
    setItem: (key, value) => {
      items.set(key, value);
      return Promise.resolve();
    },
    removeItem: (key) => {
      items.delete(key);
      return Promise.resolve();
    },
    dump: () => Object.fromEntries(items),
  };
}
