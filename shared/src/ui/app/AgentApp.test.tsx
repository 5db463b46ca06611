import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resynced, snapshotReceived } from '../../features/interactions/interactionsSlice';
import { settingsChanged } from '../../features/settings/settingsSlice';
import { ADMIN_PERMISSIONS, type ChatConversation } from '../../platform/platformTypes';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, sceneState, type UiScene } from '../../../testing/ui/uiFixtures';
import { AgentApp } from './AgentApp';

function renderApp(scene: UiScene = {}) {
  const ring = { playTone: jest.fn(), notify: jest.fn() };
  const view = renderWithProviders(<AgentApp ring={ring} />, {
    preloadedState: sceneState(scene),
    platform: { listWrapupCodes: () => new Promise(() => undefined) },
  });
  return { ...view, ring };
}

const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

function alertingSnapshot(id: string, name: string): ChatConversation {
  const now = new Date().toISOString();
  return {
    id,
    participants: [
      {
        id: `cust-${id}`,
        purpose: 'customer',
        name,
        state: 'connected',
        held: false,
        startTime: now,
        attributes: {},
        wrapupRequired: false,
      },
      {
        id: `leg-${id}`,
        purpose: 'agent',
        user: { id: 'agent-alex' },
        name: 'Alex Morgan',
        state: 'alerting',
        held: false,
        startTime: now,
        attributes: {},
        wrapupRequired: true,
        queue: { id: 'q-support', name: 'Support' },
      },
    ],
  } as unknown as ChatConversation;
}

describe('AgentApp', () => {
  it('lays out status, the Interactions list and the window; no admin panel for agents', () => {
    renderApp({ interactions: [chat('c1', 'Ada Lovelace')] });
    expect(screen.getByRole('list', { name: 'Interactions' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Interaction window' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Presence' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Administration' })).not.toBeInTheDocument();
  });

  it('shows the admin panel to admins', () => {
    renderApp({
      session: { user: { id: 'a', name: 'Casey', email: '', permissions: [...ADMIN_PERMISSIONS] } },
    });
    expect(screen.getByRole('region', { name: 'Administration' })).toBeInTheDocument();
  });

  it('asks before leaving while a chat is connected or a wrap-up is owed (rule 12)', () => {
    const { unmount } = renderApp({ interactions: [chat('c1', 'Ada Lovelace')] });
    expect(leaving()).toBe(false);
    unmount();
    const connected = renderApp({ interactions: [chat('c1', 'Ada', { state: 'connected' })] });
    expect(leaving()).toBe(true);
    connected.unmount();
    renderApp({ interactions: [chat('c1', 'Ada', { state: 'disconnected' })] });
    expect(leaving()).toBe(true);
  });

  it('rings once per new alerting chat, only while ringing is on (rule 2)', () => {
    const { store, ring } = renderApp();
    act(() => {
      store.dispatch(snapshotReceived(alertingSnapshot('c1', 'Ada Lovelace')));
    });
    expect(
      screen.getByRole('listitem', { name: /^Ada Lovelace, Support, Alerting/ }),
    ).toBeVisible();
    expect(ring.playTone).toHaveBeenCalledTimes(1);
    expect(ring.notify).toHaveBeenCalledWith(
      'New chat',
      '\u2068Ada Lovelace\u2069 is waiting in \u2068Support\u2069',
    );
    act(() => {
      store.dispatch(settingsChanged({ ringing: false }));
      store.dispatch(snapshotReceived(alertingSnapshot('c2', 'Grace Hopper')));
    });
    expect(ring.playTone).toHaveBeenCalledTimes(1);
  });

  it('shows the host its fallback when the tone could not be heard (no gesture yet)', () => {
    const ring = { playTone: jest.fn(() => false), notify: jest.fn(), unheard: jest.fn() };
    const { store } = renderWithProviders(<AgentApp ring={ring} />, {
      preloadedState: sceneState({}),
      platform: { listWrapupCodes: () => new Promise(() => undefined) },
    });
    act(() => {
      store.dispatch(snapshotReceived(alertingSnapshot('c1', 'Ada Lovelace')));
    });
    expect(ring.unheard).toHaveBeenCalledWith(
      'New chat',
      '\u2068Ada Lovelace\u2069 is waiting in \u2068Support\u2069',
    );

    ring.playTone.mockReturnValue(true);
    act(() => {
      store.dispatch(snapshotReceived(alertingSnapshot('c2', 'Grace Hopper')));
    });
    expect(ring.unheard).toHaveBeenCalledTimes(1);
  });

  it('keeps a region that fails to render to itself, with a way to show it again', async () => {
    const user = userEvent.setup();
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // Data no boundary check would let in (a name that is an object) makes the list throw.
    const broken = chat('c1', { first: 'Eve' } as unknown as string, { state: 'connected' });
    const { store } = renderApp({ interactions: [broken] });
    const list = screen.getByRole('region', { name: 'Interactions' });
    expect(list).toHaveTextContent('Interactions could not be shown.');
    expect(screen.getByRole('alert')).toBeVisible();
    // Everything else still works: the status bar, the window.
    expect(screen.getByRole('combobox', { name: 'Presence' })).toBeEnabled();
    expect(screen.getByRole('region', { name: 'Interaction window' })).toBeInTheDocument();

    act(() => {
      store.dispatch(resynced({ snapshots: [], startedAtRevision: 10 }));
    });
    await user.click(screen.getByRole('button', { name: 'Show Interactions again' }));
    expect(screen.getByRole('region', { name: 'Interactions' })).toHaveTextContent(
      'No interactions.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    quiet.mockRestore();
  });
});
