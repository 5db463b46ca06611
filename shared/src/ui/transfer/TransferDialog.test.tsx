import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlatformError } from '../../platform/platformError';
import type { Queue, User } from '../../platform/platformTypes';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, sceneState } from '../../../testing/ui/uiFixtures';
import { TransferDialog } from './TransferDialog';

const queue = (id: string, name: string) => ({ id, name }) as Queue;
const user = (id: string, name: string) => ({ id, name, state: 'active' }) as User;

function open(language: 'en' | 'ja', platform: Parameters<typeof renderWithProviders>[1]) {
  const onClose = jest.fn();
  const view = renderWithProviders(
    <TransferDialog conversationId="c1" customerName="Ada Lovelace" onClose={onClose} />,
    {
      ...platform,
      preloadedState: sceneState({
        settings: { language },
        interactions: [chat('c1', 'Ada Lovelace', { state: 'connected' })],
      }),
    },
  );
  return { ...view, onClose };
}

describe('TransferDialog', () => {
  it('searches queues and agents and transfers blind to the chosen one (rule 3)', async () => {
    const searchQueues = jest.fn(() => Promise.resolve([queue('q-billing', 'Billing')]));
    const searchUsers = jest.fn(() =>
      Promise.resolve([user('agent-alex', 'Alex Morgan'), user('agent-hanako', '山田 花子')]),
    );
    const { calls, onClose } = open('en', { platform: { searchQueues, searchUsers } });
    const dialog = screen.getByRole('dialog', { name: 'Transfer' });
    await userEvent.type(
      within(dialog).getByRole('searchbox', { name: 'Search queues and agents' }),
      'bil',
    );
    const billing = await within(dialog).findByRole('button', { name: 'Transfer to Billing' });
    expect(searchQueues).toHaveBeenLastCalledWith('bil');
    expect(searchUsers).toHaveBeenLastCalledWith('bil');
    // The agent never transfers to themself.
    expect(within(dialog).queryByRole('button', { name: 'Transfer to Alex Morgan' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Transfer to 山田 花子' })).toBeVisible();
    await userEvent.click(billing);
    expect(calls).toContainEqual({
      name: 'transfer',
      args: ['c1', { queueId: 'q-billing' }, 'Billing'],
    });
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the platform's message when the search fails, in Japanese", async () => {
    const failure = new PlatformError('http', 'HTTP 503', {
      status: 503,
      body: {
        message: 'Search is unavailable',
        code: 'service.unavailable',
        status: 503,
        messageParams: {},
        contextId: '',
        details: [],
        errors: [],
      },
    });
    const { calls, onClose } = open('ja', {
      platform: {
        searchQueues: () => Promise.reject(failure),
        searchUsers: () => Promise.resolve([]),
      },
    });
    const dialog = screen.getByRole('dialog', { name: '転送' });
    await userEvent.type(within(dialog).getByRole('searchbox'), 'x');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Search is unavailable');
    await userEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    expect(onClose).toHaveBeenCalled();
    expect(calls.some((c) => c.name === 'transfer')).toBe(false);
  });
});
