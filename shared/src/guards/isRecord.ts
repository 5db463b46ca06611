// The first check on any value from outside (the platform, a socket frame, storage, another
// frame, a CRM): a plain object whose fields can then be checked one by one.

export type Fields = Record<string, unknown>;

/** An object with fields: not null, not an array. */
export function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
