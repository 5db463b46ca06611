// The messages between a host (the instance running the core) and its views. Every message
// carries PROTOCOL so a shared channel can carry other traffic too.
import type { PatchOp } from './statePatch';
import { isRecord } from '../guards/isRecord';

// 2: patches may append to an array (a frame still on 1 would misread them, so it ignores them).
export const PROTOCOL = 'acd-remote/2';

/** A Redux action as it crosses frames (the shape of Redux's UnknownAction). */
export interface RemoteAction {
  type: string;
  [extraProps: string]: unknown;
}

export interface SerializedError {
  name: string;
  message: string;
  /** Own enumerable fields of the error (a PlatformError's kind, status, body...). */
  fields: Record<string, unknown>;
}

/** Acknowledged command numbers per view: the state sent includes them. */
export type Acks = Record<string, number>;

export type HostMessage =
  /** Broadcast once when a host starts: views following another host resync from it. */
  | { protocol: typeof PROTOCOL; kind: 'announce'; hostId: string }
  | {
      protocol: typeof PROTOCOL;
      kind: 'snapshot';
      hostId: string;
      to: string;
      rev: number;
      state: unknown;
      acks: Acks;
    }
  | {
      protocol: typeof PROTOCOL;
      kind: 'patch';
      hostId: string;
      rev: number;
      ops: PatchOp[];
      acks: Acks;
    }
  | {
      protocol: typeof PROTOCOL;
      kind: 'result';
      hostId: string;
      to: string;
      callId: number;
      value: unknown;
    }
  | {
      protocol: typeof PROTOCOL;
      kind: 'failure';
      hostId: string;
      to: string;
      callId: number;
      error: SerializedError;
    };

export type ViewMessage =
  | { protocol: typeof PROTOCOL; kind: 'hello'; viewId: string }
  | {
      protocol: typeof PROTOCOL;
      kind: 'command';
      viewId: string;
      seq: number;
      action: RemoteAction;
    }
  | {
      protocol: typeof PROTOCOL;
      kind: 'call';
      viewId: string;
      callId: number;
      path: string[];
      args: unknown[];
    }
  | { protocol: typeof PROTOCOL; kind: 'bye'; viewId: string };

export function isHostMessage(value: unknown): value is HostMessage {
  return (
    isRecord(value) &&
    value.protocol === PROTOCOL &&
    typeof value.hostId === 'string' &&
    ['announce', 'snapshot', 'patch', 'result', 'failure'].includes(String(value.kind))
  );
}

export function isViewMessage(value: unknown): value is ViewMessage {
  if (!isRecord(value) || value.protocol !== PROTOCOL || typeof value.viewId !== 'string') {
    return false;
  }
  switch (value.kind) {
    case 'hello':
    case 'bye':
      return true;
    case 'command':
      return (
        typeof value.seq === 'number' &&
        isRecord(value.action) &&
        typeof value.action.type === 'string'
      );
    case 'call':
      return (
        typeof value.callId === 'number' &&
        Array.isArray(value.path) &&
        value.path.every((part) => typeof part === 'string') &&
        Array.isArray(value.args)
      );
    default:
      return false;
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(error)) {
      // Only data survives structured cloning; a cause may be anything.
      if (key !== 'cause' && typeof value !== 'function') fields[key] = value;
    }
    return { name: error.name, message: error.message, fields };
  }
  return { name: 'Error', message: String(error), fields: {} };
}

/** An Error with the remote error's name, message and data fields. */
export function deserializeError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  Object.assign(error, serialized.fields);
  Object.defineProperty(error, 'name', { value: serialized.name, enumerable: false });
  return error;
}

let counter = 0;

/** Unique enough to tell frames apart on one channel. */
export function randomId(prefix: string): string {
  counter += 1;
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `${prefix}-${random}-${counter}`;
}
