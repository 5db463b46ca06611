// A DOM test (jsdom): the browser's beforeunload event, as the page receives it.
import { makeStore } from '../app/store';
import type { RootState } from '../app/rootReducer';
import type { TrackedInteraction } from '../features/interactions/interactionsSlice';
import { guardPageLeave } from './leaveGuard';

function interaction(overrides: Partial<TrackedInteraction>): TrackedInteraction {
  return {
    id: 'c1',
    participantId: 'p1',
    state: 'alerting',
    held: false,
    agentName: 'Alex Morgan',
    customer: { name: 'Pat Lee', left: false },
    queue: { id: 'q', name: 'Support' },
    startTime: '2025-03-01T09:00:00Z',
    wrapupRequired: true,
    revision: 1,
    ...overrides,
  };
}

function stateWith(...items: TrackedInteraction[]): RootState {
  const base = makeStore().getState();
  return {
    ...base,
    interactions: {
      ...base.interactions,
      ids: items.map((i) => i.id),
      entities: Object.fromEntries(items.map((i) => [i.id, i])),
    },
  };
}

/** Dispatches beforeunload the way a browser does and says whether leaving was questioned. */
function leaveAsksConfirmation(state: RootState): boolean {
  const stop = guardPageLeave(() => state, window);
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  stop();
  return event.defaultPrevented;
}

describe('leaving the page', () => {
  it('is asked about while a chat is connected, held or not', () => {
    expect(leaveAsksConfirmation(stateWith(interaction({ state: 'connected' })))).toBe(true);
    expect(leaveAsksConfirmation(stateWith(interaction({ state: 'connected', held: true })))).toBe(
      true,
    );
  });

  it('is asked about while a wrap-up is owed', () => {
    expect(leaveAsksConfirmation(stateWith(interaction({ state: 'disconnected' })))).toBe(true);
  });

  it('is free when only alerting or finished chats remain', () => {
    expect(leaveAsksConfirmation(stateWith())).toBe(false);
    expect(leaveAsksConfirmation(stateWith(interaction({ state: 'alerting' })))).toBe(false);
    expect(
      leaveAsksConfirmation(
        stateWith(interaction({ state: 'disconnected', wrapup: { code: 'x', name: 'Resolved' } })),
      ),
    ).toBe(false);
  });

  it('stops asking once the guard is removed', () => {
    const stop = guardPageLeave(() => stateWith(interaction({ state: 'connected' })), window);
    stop();
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
