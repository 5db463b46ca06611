// A stand-in for the core's store in the host's unit tests: plain state the test replaces,
// listeners called on every change, as Redux does.
import type { CoreState as RootState } from '../coreTypes';
import type { CoreChat as TrackedInteraction } from '../coreTypes';

export function chat(overrides: Partial<TrackedInteraction> = {}): TrackedInteraction {
  return {
    id: 'c1',
    media: 'chat',
    participantId: 'p1',
    state: 'alerting',
    held: false,
    agentName: 'Alex Morgan',
    customer: {
      participantId: 'cp1',
      name: 'Aiko Tanaka',
      email: 'aiko.tanaka@example.com',
      left: false,
    },
    queue: { id: 'q1', name: 'Support' },
    startTime: '2026-11-28T01:00:00.000Z',
    wrapupRequired: true,
    revision: 1,
    ...overrides,
  };
}

export interface FakeState {
  interactions: {
    entities: Record<string, TrackedInteraction>;
    ids: string[];
    selectedId: string | null;
    pending: Record<string, string | undefined>;
  };
  crm: { entities: Record<string, unknown> };
  session: { presence: string | null; routingStatus: string | null };
  notices: { ids: string[]; entities: Record<string, unknown> };
  settings: { language: 'en' | 'ja' };
}

export function fakeStore(initial: Partial<FakeState> = {}) {
  let state: FakeState = {
    interactions: { entities: {}, ids: [], selectedId: null, pending: {} },
    crm: { entities: {} },
    session: { presence: null, routingStatus: null },
    notices: { ids: [], entities: {} },
    settings: { language: 'en' },
    ...initial,
  };
  const listeners = new Set<() => void>();
  return {
    // The host reads only these parts of the core's state.
    getState: () => state as unknown as RootState,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(update: (s: FakeState) => FakeState) {
      state = update(state);
      for (const listener of [...listeners]) listener();
    },
    /** Puts these chats in the list (new objects: the host sees a change). */
    chats(...list: TrackedInteraction[]) {
      this.set((s) => ({
        ...s,
        interactions: {
          ...s.interactions,
          entities: Object.fromEntries(list.map((c) => [c.id, c])),
          ids: list.map((c) => c.id),
        },
      }));
    },
  };
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
