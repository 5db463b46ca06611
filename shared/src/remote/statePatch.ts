// Changes between two immutable states as a short list of path writes. Redux updates share
// structure, so comparing references finds what changed without walking unchanged parts;
// applying the ops shares structure again, so memoised selectors on untouched parts of the
// replica keep their results (one event re-renders only the rows it touches).

export type PatchOp =
  | { path: string[]; value: unknown }
  | { path: string[]; remove: true }
  /** The array at `path` grew at its end by these items (a transcript's new message). */
  | { path: string[]; append: unknown[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Any realm's Object.prototype: cloned messages may come from another realm.
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

const isArray = (value: unknown): value is readonly unknown[] => Array.isArray(value);

/** The items `next` adds at the end of `prev`, or null when it is not such a growth. */
function appended(prev: unknown, next: unknown): unknown[] | null {
  if (!isArray(prev) || !isArray(next) || next.length <= prev.length) return null;
  for (let i = 0; i < prev.length; i += 1) if (!Object.is(prev[i], next[i])) return null;
  return next.slice(prev.length);
}

/**
 * Ops turning `prev` into `next`, descending at most `depth` object levels (3 reaches an
 * entity: slice -> entities -> id; 5 one message of a transcript: ... -> id -> recent ->
 * message id). Values below the depth are sent whole; an array that only grew at its end
 * sends what it gained, so a long transcript's new message does not send all its ids.
 */
export function diffState(prev: unknown, next: unknown, depth = 5, path: string[] = []): PatchOp[] {
  if (Object.is(prev, next)) return [];
  const gained = appended(prev, next);
  if (gained !== null) return [{ path, append: gained }];
  if (depth === 0 || !isPlainObject(prev) || !isPlainObject(next)) {
    return [{ path, value: next }];
  }
  const ops: PatchOp[] = [];
  for (const key of Object.keys(prev)) {
    if (!(key in next)) ops.push({ path: [...path, key], remove: true });
  }
  for (const key of Object.keys(next)) {
    if (!(key in prev)) ops.push({ path: [...path, key], value: next[key] });
    else ops.push(...diffState(prev[key], next[key], depth - 1, [...path, key]));
  }
  return ops;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Writes one op. Objects on its path are copied once per patch (`fresh` holds the copies
 * this patch made, which later ops write in place): a transcript folding its recent
 * messages sends dozens of ops into one map of thousands of keys, copied once, not per op.
 */
function writeAt(target: unknown, path: string[], op: PatchOp, fresh: WeakSet<object>): unknown {
  const [key, ...rest] = path;
  if (key === undefined) {
    if ('append' in op) return [...(isArray(target) ? target : []), ...op.append];
    return 'remove' in op ? undefined : op.value;
  }
  // Ops arrive from another frame: never let a key reach an object's prototype.
  if (FORBIDDEN_KEYS.has(key)) return target;
  let base: Record<string, unknown> = isPlainObject(target) ? target : {};
  if (!fresh.has(base)) {
    base = { ...base };
    fresh.add(base);
  }
  if (rest.length === 0 && 'remove' in op) Reflect.deleteProperty(base, key);
  else base[key] = writeAt(base[key], rest, op, fresh);
  return base;
}

/** A new state with the ops applied; parts no op touches are the same objects as before. */
export function applyPatch<S>(state: S, ops: readonly PatchOp[]): S {
  const fresh = new WeakSet<object>();
  let result: unknown = state;
  for (const op of ops) result = writeAt(result, op.path, op, fresh);
  // The ops came from diffState on a value of the same shape.
  return result as S;
}

/**
 * `next`, except that every part deeply equal to the same part of `prev` is `prev`'s object.
 * A view re-applying its own unacknowledged commands gets equal, not identical, objects;
 * this keeps them identical so nothing re-renders for an echo.
 */
export function keepEqualParts<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const items = next.map((item: unknown, index) => keepEqualParts(prev[index], item));
    const same = items.length === prev.length && items.every((item, index) => item === prev[index]);
    // Same element objects in the same order: the old array is the same value.
    return (same ? prev : items) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const keys = Object.keys(next);
    const result: Record<string, unknown> = {};
    let same = keys.length === Object.keys(prev).length;
    for (const key of keys) {
      result[key] = keepEqualParts(prev[key], next[key]);
      if (result[key] !== prev[key] || !(key in prev)) same = false;
    }
    return (same ? prev : result) as T;
  }
  return next;
}
