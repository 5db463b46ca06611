// A change the platform refuses must leave its message on screen: the list reloaded after
// it used to clear the error before the admin ever saw it.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type Queue, type WrapupCode } from '../../platform/platformTypes';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { code } from '../../../testing/ui/uiFixtures';
import {
  adminState,
  codesPage as page,
  platformRefusal as refused,
} from '../../../testing/ui/adminFixtures';
import { AdminPanel } from './AdminPanel';

const region = (name: string) => screen.getByRole('region', { name });

describe('AdminPanel: refused changes', () => {
  it("a delete refused with a 409 shows the platform's message; a later rename clears it", async () => {
    const codes = [code('w1', 'Resolved')];
    const platform = {
      listWrapupCodes: jest.fn(() => Promise.resolve(page([...codes]))),
      deleteWrapupCode: jest.fn(() => Promise.reject(refused('Resolved is used by 3 queues'))),
      renameWrapupCode: jest.fn((id: string, name: string) => {
        codes[0] = code(id, name);
        return Promise.resolve(codes[0]);
      }),
    };
    renderWithProviders(<AdminPanel />, { preloadedState: adminState(), platform });
    const section = region('Wrap-up codes');
    await within(section).findByText('Resolved');
    const lists = platform.listWrapupCodes.mock.calls.length;

    await userEvent.click(within(section).getByRole('button', { name: 'Delete Resolved' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    // The list is asked again (it still shows the platform's codes) and the message stays.
    await waitFor(() => expect(platform.listWrapupCodes.mock.calls.length).toBeGreaterThan(lists));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Resolved is used by 3 queues',
    );
    expect(within(section).getByText('Resolved')).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Rename Resolved' }));
    const input = within(section).getByRole('textbox', { name: 'New name for Resolved' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Solved');
    await userEvent.click(within(section).getByRole('button', { name: 'Save' }));
    expect(await within(section).findByText('Solved')).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a list that fails to reload after a refused delete shows its own message', async () => {
    let listFails = false;
    const platform = {
      listWrapupCodes: jest.fn(() =>
        listFails
          ? Promise.reject(refused('Service unavailable', 503))
          : Promise.resolve(page([code('w1', 'Resolved')])),
      ),
      deleteWrapupCode: jest.fn(() => {
        listFails = true;
        return Promise.reject(refused('Resolved is used by 3 queues'));
      }),
    };
    renderWithProviders(<AdminPanel />, { preloadedState: adminState(), platform });
    const section = region('Wrap-up codes');
    await userEvent.click(await within(section).findByRole('button', { name: 'Delete Resolved' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(within(section).getByRole('alert')).toHaveTextContent('Service unavailable'),
    );
  });

  async function openSupport(platform: Record<string, unknown>, language: 'en' | 'ja' = 'en') {
    renderWithProviders(<AdminPanel />, { preloadedState: adminState(language), platform });
    const search = language === 'en' ? 'Search queues' : 'キューを検索';
    await userEvent.type(screen.getByRole('searchbox', { name: search }), 'sup{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'Support' }));
  }

  it("an assign refused shows the platform's message; a later successful assign clears it", async () => {
    const all = [code('w1', 'Resolved'), code('w2', 'Callback needed'), code('w3', 'Spam')];
    const assigned: WrapupCode[] = [];
    const platform = {
      listWrapupCodes: () => Promise.resolve(page(all)),
      searchQueues: () => Promise.resolve([{ id: 'q-support', name: 'Support' } as Queue]),
      listQueueWrapupCodes: jest.fn(() => Promise.resolve(page([...assigned]))),
      assignWrapupCodes: jest.fn((_q: string, ids: string[]) => {
        if (ids.includes('w3')) return Promise.reject(refused('Spam cannot be assigned'));
        for (const id of ids) assigned.push(all.find((c) => c.id === id) as WrapupCode);
        return Promise.resolve();
      }),
    };
    await openSupport(platform);
    const section = region('Queues');
    const picker = within(section).getByRole('combobox', {
      name: 'Wrap-up code to add to Support',
    });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(4));
    const loads = platform.listQueueWrapupCodes.mock.calls.length;

    await userEvent.selectOptions(picker, 'Spam');
    await userEvent.click(within(section).getByRole('button', { name: 'Assign' }));
    await waitFor(() =>
      expect(platform.listQueueWrapupCodes.mock.calls.length).toBeGreaterThan(loads),
    );
    expect(await within(section).findByRole('alert')).toHaveTextContent('Spam cannot be assigned');

    await userEvent.selectOptions(picker, 'Callback needed');
    await userEvent.click(within(section).getByRole('button', { name: 'Assign' }));
    const list = within(section).getByRole('list', { name: 'Wrap-up codes of Support' });
    expect(await within(list).findByText('Callback needed')).toBeInTheDocument();
    expect(within(section).queryByRole('alert')).not.toBeInTheDocument();
  });

  it("an unassign refused shows the platform's message, in Japanese too", async () => {
    const resolved = code('w1', 'Resolved');
    const platform = {
      listWrapupCodes: () => Promise.resolve(page([resolved])),
      searchQueues: () => Promise.resolve([{ id: 'q-support', name: 'Support' } as Queue]),
      listQueueWrapupCodes: jest.fn(() => Promise.resolve(page([resolved]))),
      unassignWrapupCode: jest.fn(() =>
        Promise.reject(refused('A queue needs at least one wrap-up code')),
      ),
    };
    await openSupport(platform, 'ja');
    const section = region('キュー');
    const list = await within(section).findByRole('list', { name: 'Support のラップアップコード' });
    await within(list).findByText('Resolved');
    const loads = platform.listQueueWrapupCodes.mock.calls.length;

    await userEvent.click(
      within(list).getByRole('button', { name: 'Support から Resolved を解除' }),
    );
    await waitFor(() =>
      expect(platform.listQueueWrapupCodes.mock.calls.length).toBeGreaterThan(loads),
    );
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'A queue needs at least one wrap-up code',
    );
    expect(within(list).getByText('Resolved')).toBeInTheDocument();
  });
});
