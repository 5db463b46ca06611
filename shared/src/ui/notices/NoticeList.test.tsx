import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Notice } from '../../features/notices/noticesSlice';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { sceneState } from '../../../testing/ui/uiFixtures';
import { NoticeList } from './NoticeList';

const notice = (id: string, over: Partial<Notice>): Notice => ({
  id,
  kind: 'error',
  key: 'notice.pickUpFailed',
  params: { customer: 'Ada Lovelace' },
  at: 0,
  count: 1,
  ...over,
});

describe('NoticeList', () => {
  it('shows errors as alerts with the platform message, others as status, and dismisses', async () => {
    const { calls } = renderWithProviders(<NoticeList />, {
      preloadedState: sceneState({
        notices: [
          notice('n1', { detail: 'Conversation is not alerting' }),
          notice('n2', {
            kind: 'success',
            key: 'notice.transferred',
            params: { target: 'Billing' },
          }),
        ],
      }),
    });
    const list = screen.getByRole('list', { name: 'Notifications' });
    expect(within(list).getByRole('alert')).toHaveTextContent(
      "Ada Lovelace's chat could not be picked up. (Conversation is not alerting)",
    );
    expect(within(list).getByRole('status')).toHaveTextContent('Transferred to Billing.');
    await userEvent.click(
      within(list).getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement,
    );
    expect(calls).toContainEqual({ name: 'dismissNotice', args: ['n1'] });
  });

  it('offers Retry on work the core gave up on, which sends it again and dismisses', async () => {
    const { calls } = renderWithProviders(<NoticeList />, {
      preloadedState: sceneState({
        notices: [
          notice('n1', {
            key: 'notice.crmLogFailed',
            params: {},
            detail: 'The CRM refused the log',
            retryId: 'log-1',
          }),
        ],
      }),
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      'The interaction could not be logged in the CRM. It is kept: Retry sends it again. (The CRM refused the log)',
    );
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(calls).toContainEqual({ name: 'retryOutboxItem', args: ['log-1'] });
    expect(calls).toContainEqual({ name: 'dismissNotice', args: ['n1'] });
  });

  it('shows a repeated notice once with its count, and the text never sits under Dismiss', () => {
    renderWithProviders(<NoticeList />, {
      preloadedState: sceneState({ notices: [notice('n1', { count: 3 })] }),
    });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent("Ada Lovelace's chat could not be picked up.3 times");
    // The close button is a flex sibling of the text, not SLDS's absolutely placed one.
    const dismiss = within(alert).getByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveAttribute('title', 'Dismiss');
    expect(dismiss.closest('.slds-notify__close')).toBeNull();
  });

  it('shows the newest three and counts the rest, which one button dismisses', async () => {
    const { calls } = renderWithProviders(<NoticeList />, {
      preloadedState: sceneState({
        notices: ['a', 'b', 'c', 'd', 'e'].map((id) =>
          notice(id, { params: { customer: `Customer ${id}` } }),
        ),
      }),
    });
    const list = screen.getByRole('list', { name: 'Notifications' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(list).toHaveTextContent('Customer c');
    expect(list).not.toHaveTextContent('Customer b');
    expect(screen.getByText('2 earlier notifications')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(calls.filter((c) => c.name === 'dismissNotice').map((c) => c.args[0])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('speaks Japanese and shows nothing when there is nothing to say', () => {
    const { unmount } = renderWithProviders(<NoticeList />, {
      preloadedState: sceneState({ settings: { language: 'ja' }, notices: [notice('n1', {})] }),
    });
    expect(screen.getByRole('list', { name: '通知' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '閉じる' })).toBeInTheDocument();
    unmount();
    renderWithProviders(<NoticeList />, { preloadedState: sceneState() });
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
