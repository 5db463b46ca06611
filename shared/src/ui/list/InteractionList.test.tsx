import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, message, sceneState, transcript, wrapupForm } from '../../../testing/ui/uiFixtures';
import { InteractionList } from './InteractionList';

const at = (minute: number) => `2024-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

function row(name: string) {
  return screen.getByRole('listitem', { name: new RegExp(`^${name}`) });
}

describe('InteractionList', () => {
  it('shows an alerting chat with its customer, queue, state and Pick up (rule 1)', async () => {
    const { calls } = renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({ interactions: [chat('c1', 'Ada Lovelace')] }),
    });
    const list = screen.getByRole('list', { name: 'Interactions' });
    const item = within(list).getByRole('listitem', { name: /^Ada Lovelace, Support, Alerting/ });
    expect(within(item).getByText('Alerting')).toBeInTheDocument();
    expect(within(item).getByText(/^Elapsed \d+:\d\d$/)).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Chat' })).not.toBeInTheDocument();
    await userEvent.click(within(item).getByRole('button', { name: 'Pick up' }));
    expect(calls).toContainEqual({ name: 'pickUp', args: ['c1'] });
  });

  it('offers Chat, Transfer and Disconnect on a connected chat, not Pick up (rule 3)', async () => {
    const { calls } = renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({
        interactions: [chat('c1', 'Ada Lovelace', { state: 'connected' })],
      }),
    });
    const item = row('Ada Lovelace');
    expect(item).toHaveAccessibleName('Ada Lovelace, Support, Connected, Chat');
    expect(within(item).queryByRole('button', { name: 'Pick up' })).not.toBeInTheDocument();
    await userEvent.click(within(item).getByRole('button', { name: 'Chat' }));
    await userEvent.click(within(item).getByRole('button', { name: 'Disconnect' }));
    expect(calls.map((c) => c.name)).toEqual(['selectChat', 'disconnect']);
    await userEvent.click(within(item).getByRole('button', { name: 'Transfer' }));
    expect(screen.getByRole('dialog', { name: 'Transfer' })).toBeInTheDocument();
  });

  it('names held chats as held and marks the open window orange with text (rules 4, 6)', () => {
    renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({
        interactions: [
          chat('c1', 'Ada Lovelace', { state: 'connected' }),
          chat('c2', 'Grace Hopper', { state: 'connected', held: true }),
        ],
        openIds: ['c1', 'c2'],
        selectedId: 'c1',
      }),
    });
    expect(row('Grace Hopper')).toHaveAccessibleName('Grace Hopper, Support, Held, Chat');
    expect(within(row('Ada Lovelace')).getByText('Chat window open')).toBeInTheDocument();
  });

  it('shows the unread burst with its count as text (rule 7)', () => {
    renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({
        interactions: [chat('c1', 'Ada Lovelace', { state: 'connected', lastSeenMessageId: 'm1' })],
        transcripts: [
          transcript('c1', [
            message('m1', 'customer', 'Hello', at(1)),
            message('m2', 'customer', 'Anyone?', at(2)),
            message('m3', 'customer', 'Hello??', at(3)),
          ]),
        ],
      }),
    });
    const item = row('Ada Lovelace');
    expect(item).toHaveAccessibleName('Ada Lovelace, Support, Connected, 2 new messages, Chat');
    expect(within(item).getByText('2 new messages')).toBeInTheDocument();
  });

  it('marks a wrap-up closed without Done in red with text and blocks pick-up (rule 11)', async () => {
    const { calls } = renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({
        interactions: [
          chat('c1', 'Ada Lovelace', { state: 'disconnected' }),
          chat('c2', 'Grace Hopper'),
        ],
        wrapups: [wrapupForm('c1', { panelOpen: false, closedWithoutDone: true })],
      }),
    });
    const done = row('Ada Lovelace');
    expect(done).toHaveAccessibleName(
      'Ada Lovelace, Support, Wrap-up pending, Wrap-up not done, Chat',
    );
    expect(within(done).getByText('Wrap-up not done')).toBeInTheDocument();
    await userEvent.click(within(done).getByRole('button', { name: 'Open wrap-up' }));
    expect(calls).toContainEqual({ name: 'reopenWrapup', args: ['c1'] });

    const pickUp = within(row('Grace Hopper')).getByRole('button', { name: 'Pick up' });
    expect(pickUp).toBeDisabled();
    expect(pickUp).toHaveAccessibleDescription(
      'Finish every pending wrap-up before picking up another interaction.',
    );
  });

  it('shows a sent wrap-up as pending until the platform confirms it (rule 12)', () => {
    renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({
        interactions: [chat('c1', 'Ada Lovelace', { state: 'disconnected' })],
        wrapups: [wrapupForm('c1', { panelOpen: false, submission: 'pending' })],
      }),
    });
    const item = row('Ada Lovelace');
    expect(within(item).getByText('Wrap-up sending, not yet confirmed')).toBeInTheDocument();
    expect(within(item).queryByRole('button', { name: 'Open wrap-up' })).not.toBeInTheDocument();
  });

  it('says so when there is nothing to do', () => {
    renderWithProviders(<InteractionList />, { preloadedState: sceneState() });
    expect(screen.getByRole('region', { name: 'Interactions' })).toHaveTextContent(
      'No interactions',
    );
  });

  it('speaks Japanese with the names of the spec', async () => {
    const { calls } = renderWithProviders(<InteractionList />, {
      preloadedState: sceneState({
        settings: { language: 'ja' },
        interactions: [
          chat('c1', '山田 太郎'),
          chat('c2', '佐藤 花子', { state: 'connected', held: true }),
        ],
      }),
    });
    const list = screen.getByRole('list', { name: 'インタラクション' });
    const alerting = within(list).getByRole('listitem', { name: /^山田 太郎/ });
    expect(within(alerting).getByText(/^経過時間 \d+分\d\d秒$/)).toBeInTheDocument();
    await userEvent.click(within(alerting).getByRole('button', { name: '応答' }));
    const held = within(list).getByRole('listitem', { name: /^佐藤 花子/ });
    for (const name of ['チャット', '転送', '切断'])
      expect(within(held).getByRole('button', { name })).toBeInTheDocument();
    expect(calls).toContainEqual({ name: 'pickUp', args: ['c1'] });
  });
});
