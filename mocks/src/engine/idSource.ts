// Ids for everything the simulator creates. Random UUIDs by default; tests ask for a
// sequential source so snapshots are repeatable.
export type IdSource = () => string;

// Web Crypto, so the same engine runs in Node and in the browser worker's page.
export const randomIdSource: IdSource = () => globalThis.crypto.randomUUID();

export function createSequentialIdSource(prefix = '00000000-0000-4000-8000-'): IdSource {
  let counter = 0;
  return () => {
    counter += 1;
    return prefix + counter.toString(16).padStart(12, '0');
  };
}
