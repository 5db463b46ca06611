// The agent's interactions, keyed by conversation id, derived from platform snapshots.
// Snapshots may arrive twice, late, or racing a resync: a leg's state never moves
// backwards, a retired leg never comes back, and a resync removes only what it has seen.
import {
  createEntityAdapter,
  createSlice,
  type PayloadAction,
  type UnknownAction,
} from '@reduxjs/toolkit';
import type { ChatConversation } from '../../platform/platformTypes';
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
}

const initialState = interactionsAdapter.getInitialState<InteractionsExtra>({
  userId: null,
  revision: 0,
  retired: [],
  selectedId: null,
  openIds: [],
  pending: {},
});

export type InteractionsState = typeof initialState;

function retire(state: InteractionsState, participantId: string): void {
  if (state.retired.includes(participantId)) return;
  state.retired.push(participantId);
  if (state.retired.length > RETIRED_MEMORY) state.retired.shift();
}

function forget(state: InteractionsState, conversationId: string): void {
  interactionsAdapter.removeOne(state, conversationId);
  state.openIds = state.openIds.filter((id) => id !== conversationId);
  if (state.selectedId === conversationId) state.selectedId = null;
  state.pending[conversationId] = undefined;
}

function applySnapshot(state: InteractionsState, snapshot: ChatConversation): void {
  if (state.userId === null) return;
  const next = interactionFromSnapshot(snapshot, state.userId);
  if (next === undefined || state.retired.includes(next.participantId)) return;
  const current = state.entities[snapshot.id];
  if (
    current !== undefined &&
    current.participantId === next.participantId &&
    stateRank(next.state) < stateRank(current.state)
  ) {
    return; // a late snapshot of a state the leg has already left
  }
  if (!isActive(next)) {
    retire(state, next.participantId);
    if (current !== undefined) forget(state, snapshot.id);
    return;
  }
  state.revision += 1;
  interactionsAdapter.setOne(state, { ...next, revision: state.revision });
  if (next.state !== 'connected') state.openIds = state.openIds.filter((id) => id !== next.id);
}

export const interactionsSlice = createSlice({
  name: 'interactions',
  initialState,
  reducers: {
    signedIn(state, action: PayloadAction<{ userId: string }>) {
      if (state.userId !== action.payload.userId) {
        Object.assign(state, initialState, { userId: action.payload.userId });
      }
    },
    snapshotReceived(state, action: PayloadAction<ChatConversation>) {
      applySnapshot(state, action.payload);
    },
    /** The platform's full list of active chats, fetched after every (re)connect. */
    resynced(
      state,
      action: PayloadAction<{ snapshots: ChatConversation[]; startedAtRevision: number }>,
    ) {
      const listed = new Set(action.payload.snapshots.map((s) => s.id));
      for (const snapshot of action.payload.snapshots) applySnapshot(state, snapshot);
      for (const interaction of Object.values(state.entities)) {
        // Something that changed after the list was asked for is newer than the list.
        if (listed.has(interaction.id)) continue;
        if (interaction.revision > action.payload.startedAtRevision) continue;
        retire(state, interaction.participantId);
        forget(state, interaction.id);
      }
    },
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

/** Deep equality of the plain JSON values an interaction is made of. */
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

/**
 * The hot path: a busy agent's chats send many snapshots a second, and most change one
 * field of one chat. Built by hand instead of through Immer (about five times cheaper, and
 * no deep freeze of every new entity); the rare cases (a leg ending) take the Immer path.
 * Returns undefined to hand the snapshot to the Immer reducer.
 */
function applySnapshotQuickly(
  state: InteractionsState,
  snapshot: ChatConversation,
): InteractionsState | undefined {
  if (state.userId === null) return state;
  const next = interactionFromSnapshot(snapshot, state.userId);
  if (next === undefined || state.retired.includes(next.participantId)) return state;
  if (!isActive(next)) return undefined;
  const current = state.entities[snapshot.id];
  if (current !== undefined && current.participantId === next.participantId) {
    if (stateRank(next.state) < stateRank(current.state)) return state;
    // The same snapshot again (a resync, a second event): nothing changed, nothing re-renders.
    if (sameValue(next, current, 'revision')) return state;
  }
  const revision = state.revision + 1;
  const leavesWindow = next.state !== 'connected' && state.openIds.includes(next.id);
  return {
    ...state,
    revision,
    ids: current === undefined ? [...state.ids, next.id] : state.ids,
    entities: { ...state.entities, [next.id]: { ...next, revision } },
    openIds: leavesWindow ? state.openIds.filter((id) => id !== next.id) : state.openIds,
  };
}

export function interactionsReducer(
  state: InteractionsState | undefined,
  action: UnknownAction,
): InteractionsState {
  if (state !== undefined && interactionsSlice.actions.snapshotReceived.match(action)) {
    const quick = applySnapshotQuickly(state, action.payload);
    if (quick !== undefined) return quick;
  }
  return interactionsSlice.reducer(state, action);
}

export const {
  signedIn,
  snapshotReceived,
  resynced,
  commandStarted,
  commandFinished,
  windowOpened,
  windowClosed,
  lastSeenRecorded,
} = interactionsSlice.actions;

/** Either way the chat list changes: one chat's event or the platform's whole list. */
export type ChatListChange = ReturnType<typeof snapshotReceived> | ReturnType<typeof resynced>;
