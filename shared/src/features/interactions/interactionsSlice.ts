// The agent's interactions, keyed by conversation id, derived from platform snapshots.
// Snapshots may arrive twice, late, or racing a resync: a leg's state never moves
// backwards, a retired leg never comes back, and a resync removes only what it has seen.
import {
  createEntityAdapter,
  createSlice,
  type PayloadAction,
  type UnknownAction,
} from '@reduxjs/toolkit';
import { ofType, ofTypes } from '../../app/actionPatterns';
import type { ConversationSnapshot } from '../../platform/conversationSnapshot';
import {
  interactionFromSnapshot,
  isActive,
  stateRank,
  type Interaction,
} from './interactionFromSnapshot';

export type PendingCommand = 'pickUp' | 'hold' | 'unhold' | 'disconnect' | 'transfer';

export interface TrackedInteraction extends Interaction {
  /** The slice revision of the last change, so a resync knows what it has seen. */
  revision: number;
}

export const interactionsAdapter = createEntityAdapter<TrackedInteraction>();

const RETIRED_MEMORY = 500;

interface InteractionsExtra {
  userId: string | null;
  revision: number;
  /** Participant ids of legs that are over; bounded, oldest forgotten first. */
  retired: string[];
  /** The chat shown in the interaction window (connected; every other connected chat held). */
  selectedId: string | null;
  /** Chats whose window is open or reachable: their chat icon is orange. */
  openIds: string[];
  pending: Record<string, PendingCommand | undefined>;
  /** The platform's list has come since sign-in: until then, no chats means not yet known. */
  listed: boolean;
}

const initialState = interactionsAdapter.getInitialState<InteractionsExtra>({
  userId: null,
  revision: 0,
  retired: [],
  selectedId: null,
  openIds: [],
  pending: {},
  listed: false,
});

export type InteractionsState = typeof initialState;

export const interactionsSlice = createSlice({
  name: 'interactions',
  initialState,
  reducers: {
    signedIn(state, action: PayloadAction<{ userId: string }>) {
      if (state.userId !== action.payload.userId) {
        Object.assign(state, initialState, { userId: action.payload.userId });
      }
    },
    // Applied by interactionsReducer below, outside Immer (the hot path); declared here for
    // their action creators.
    snapshotReceived(_state, _action: PayloadAction<ConversationSnapshot>) {},
    /** Snapshots that arrived in one task (a burst), in order: one store update. */
    snapshotsReceived(_state, _action: PayloadAction<ConversationSnapshot[]>) {},
    /** The platform's full list of active chats, fetched after every (re)connect. */
    resynced(
      _state,
      _action: PayloadAction<{ snapshots: ConversationSnapshot[]; startedAtRevision: number }>,
    ) {},
    commandStarted(
      state,
      action: PayloadAction<{ conversationId: string; command: PendingCommand }>,
    ) {
      state.pending[action.payload.conversationId] = action.payload.command;
    },
    commandFinished(state, action: PayloadAction<{ conversationId: string }>) {
      state.pending[action.payload.conversationId] = undefined;
    },
    /** The agent saw up to this message (optimistic; the platform's snapshot confirms). */
    lastSeenRecorded(state, action: PayloadAction<{ conversationId: string; messageId: string }>) {
      const interaction = state.entities[action.payload.conversationId];
      if (interaction !== undefined) interaction.lastSeenMessageId = action.payload.messageId;
    },
    windowOpened(state, action: PayloadAction<{ conversationId: string }>) {
      const { conversationId } = action.payload;
      if (state.entities[conversationId] === undefined) return;
      if (!state.openIds.includes(conversationId)) state.openIds.push(conversationId);
      state.selectedId = conversationId;
    },
    windowClosed(state, action: PayloadAction<{ conversationId: string }>) {
      state.openIds = state.openIds.filter((id) => id !== action.payload.conversationId);
      if (state.selectedId === action.payload.conversationId)
        state.selectedId = state.openIds[0] ?? null;
    },
  },
});

/** Deep equality of plain data (for-in without closures: this runs on every snapshot). */
function sameValue(a: unknown, b: unknown, ignoredKey?: string): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (key === ignoredKey) continue;
    keys += 1;
    if (!sameValue(left[key], right[key])) return false;
  }
  for (const key in right) if (key !== ignoredKey) keys -= 1;
  return keys === 0;
}

/** Remembers a leg that is over, so a late snapshot cannot bring it back (bounded). */
function retired(state: InteractionsState, participantId: string): string[] {
  if (state.retired.includes(participantId)) return state.retired;
  const list = [...state.retired, participantId];
  return list.length > RETIRED_MEMORY ? list.slice(list.length - RETIRED_MEMORY) : list;
}

/** The state without one chat (its window, selection and pending command go with it). */
function without(state: InteractionsState, conversationId: string): InteractionsState {
  // Rare (a leg ending): a copy without the key costs nothing that matters.
  const entities = Object.fromEntries(
    Object.entries(state.entities).filter(([id]) => id !== conversationId),
  );
  return {
    ...state,
    ids: state.ids.filter((id) => id !== conversationId),
    entities,
    openIds: state.openIds.filter((id) => id !== conversationId),
    selectedId: state.selectedId === conversationId ? null : state.selectedId,
    pending: { ...state.pending, [conversationId]: undefined },
  };
}

/**
 * One snapshot applied: the only implementation, on the hot path (a busy agent's chats send
 * many snapshots a second, most changing one field of one chat). Built by hand instead of
 * through Immer (about five times cheaper, no deep freeze of every new entity); an unchanged
 * snapshot returns the same state, so nothing re-renders.
 */
function applySnapshot(
  state: InteractionsState,
  snapshot: ConversationSnapshot,
  /** The entities map is this batch's own copy: written in place, not copied again. */
  entitiesOwned = false,
): InteractionsState {
  if (state.userId === null) return state;
  const next = interactionFromSnapshot(snapshot, state.userId);
  if (next === undefined || state.retired.includes(next.participantId)) return state;
  const current = state.entities[snapshot.id];
  const sameLeg = current !== undefined && current.participantId === next.participantId;
  // A late snapshot of a state the leg has already left.
  if (sameLeg && stateRank(next.state) < stateRank(current.state)) return state;
  if (!isActive(next)) {
    const after = { ...state, retired: retired(state, next.participantId) };
    return current === undefined ? after : without(after, snapshot.id);
  }
  // The same snapshot again (a resync, a second event): nothing changed.
  if (sameLeg && sameValue(next, current, 'revision')) return state;
  const revision = state.revision + 1;
  const leavesWindow = next.state !== 'connected' && state.openIds.includes(next.id);
  // `next` is this call's own new object, so it takes the revision itself: V8 copied its
  // twenty-odd fields through a spread at several times the cost of the rest of the event.
  const tracked: TrackedInteraction = Object.assign(next, { revision });
  let entities = state.entities;
  if (entitiesOwned) entities[next.id] = tracked;
  else entities = { ...entities, [next.id]: tracked };
  return {
    ...state,
    revision,
    ids: current === undefined ? [...state.ids, next.id] : state.ids,
    entities,
    openIds: leavesWindow ? state.openIds.filter((id) => id !== next.id) : state.openIds,
  };
}

/**
 * Snapshots in order as one update. The entities map is copied once, at the batch's first
 * change, then written in place: the copy grows with the number of chats, and a burst of one
 * chat's events per chat would otherwise copy it once per event.
 */
function applySnapshots(
  state: InteractionsState,
  snapshots: readonly ConversationSnapshot[],
): InteractionsState {
  let next = state;
  for (const snapshot of snapshots) {
    next = applySnapshot(next, snapshot, next.entities !== state.entities);
  }
  return next;
}

/** The platform's whole list: apply each, then drop what it no longer lists. */
function applyResync(
  state: InteractionsState,
  snapshots: readonly ConversationSnapshot[],
  startedAtRevision: number,
): InteractionsState {
  const listed = new Set(snapshots.map((s) => s.id));
  let next = applySnapshots(state, snapshots);
  if (!next.listed) next = { ...next, listed: true };
  for (const interaction of Object.values(next.entities)) {
    // Something that changed after the list was asked for is newer than the list.
    if (listed.has(interaction.id) || interaction.revision > startedAtRevision) continue;
    next = without({ ...next, retired: retired(next, interaction.participantId) }, interaction.id);
  }
  return next;
}

const isSnapshotBatch = ofType(interactionsSlice.actions.snapshotsReceived);

export function interactionsReducer(
  state: InteractionsState | undefined,
  action: UnknownAction,
): InteractionsState {
  if (state !== undefined) {
    if (isSnapshotReceived(action)) return applySnapshot(state, action.payload);
    if (isSnapshotBatch(action)) return applySnapshots(state, action.payload);
    if (isResynced(action)) {
      return applyResync(state, action.payload.snapshots, action.payload.startedAtRevision);
    }
  }
  return interactionsSlice.reducer(state, action);
}

export const {
  signedIn,
  snapshotReceived,
  snapshotsReceived,
  resynced,
  commandStarted,
  commandFinished,
  windowOpened,
  windowClosed,
  lastSeenRecorded,
} = interactionsSlice.actions;

/** Either way the chat list changes: one chat's event or the platform's whole list. */
export type ChatListChange =
  | ReturnType<typeof snapshotReceived>
  | ReturnType<typeof snapshotsReceived>
  | ReturnType<typeof resynced>;

/** The saga pattern (and test) for a ChatListChange. */
export const isChatListChange = ofTypes(snapshotReceived, snapshotsReceived, resynced);

/** Type guards that compare the type string only (RTK's `match` checks for a plain object). */
export const isSnapshotReceived = ofType(snapshotReceived);
export const isResynced = ofType(resynced);

/** Snapshot events only (one, or a burst), the actions that change no slice but this one. */
export const isSnapshotEvent = ofTypes(snapshotReceived, snapshotsReceived);
