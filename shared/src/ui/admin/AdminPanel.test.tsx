import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type PagedListing, type Queue, type WrapupCode } from '../../platform/platformTypes';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { code } from '../../../testing/ui/uiFixtures';
import {
  adminState,
  codesPage as page,
  platformRefusal as conflict,
} from '../../../testing/ui/adminFixtures';
import { AdminPanel } from './AdminPanel';

describe('AdminPanel', () => {
  it('lists, searches and pages wrap-up codes', async () => {
    const listWrapupCodes = jest.fn((request?: { pageNumber?: number; name?: string }) =>
      Promise.resolve(
        request?.name === '*ref*'
          ? page([code('w3', 'Refund issued')])
          : request?.name !== undefined
            ? page([])
            : page(
                [code(`w${request?.pageNumber ?? 1}`, `Code on page ${request?.pageNumber ?? 1}`)],
                request?.pageNumber ?? 1,
                2,
              ),
      ),
    );
    renderWithProviders(<AdminPanel />, {
      preloadedState: adminState(),
      platform: { listWrapupCodes },
    });
    const panel = screen.getByRole('region', { name: 'Administration' });
    expect(await within(panel).findByText('Code on page 1')).toBeInTheDocument();
    expect(within(panel).getByText('Page 1 of 2')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Next page' }));
    expect(await within(panel).findByText('Code on page 2')).toBeInTheDocument();
    await userEvent.type(
      within(panel).getByRole('searchbox', { name: 'Search wrap-up codes' }),
      'ref',
    );
    expect(await within(panel).findByText('Refund issued')).toBeInTheDocument();
    // A search that matches nothing says so, naming the search, instead of an empty list.
    await userEvent.type(
      within(panel).getByRole('searchbox', { name: 'Search wrap-up codes' }),
      'zz',
    );
    expect(await within(panel).findByText('No wrap-up codes match “refzz”.')).toBeInTheDocument();
    expect(within(panel).queryByText('Refund issued')).not.toBeInTheDocument();
  });

  it("creates, renames and deletes after confirmation; shows the platform's message on failure", async () => {
    const codes = [code('w1', 'Resolved')];
    const listWrapupCodes = jest.fn(() => Promise.resolve(page([...codes])));
    const createWrapupCode = jest.fn(() =>
      Promise.reject(conflict('A wrap-up code named Resolved exists')),
    );
    const renameWrapupCode = jest.fn((id: string, name: string) => {
      codes[0] = code(id, name);
      return Promise.resolve(codes[0]);
    });
    const deleteWrapupCode = jest.fn(() => {
      codes.pop();
      return Promise.resolve();
    });
    renderWithProviders(<AdminPanel />, {
      preloadedState: adminState(),
      platform: { listWrapupCodes, createWrapupCode, renameWrapupCode, deleteWrapupCode },
    });
    await screen.findByText('Resolved');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'New wrap-up code name' }),
      'Resolved',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A wrap-up code named Resolved exists',
    );
    expect(screen.getByRole('textbox', { name: 'New wrap-up code name' })).toHaveValue('Resolved');

    await userEvent.click(screen.getByRole('button', { name: 'Rename Resolved' }));
    const input = screen.getByRole('textbox', { name: 'New name for Resolved' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Solved');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Solved')).toBeInTheDocument();
    expect(renameWrapupCode).toHaveBeenCalledWith('w1', 'Solved');

    await userEvent.click(screen.getByRole('button', { name: 'Delete Solved' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete' });
    expect(dialog).toHaveTextContent('Delete the wrap-up code Solved?');
    expect(deleteWrapupCode).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByText('Solved')).not.toBeInTheDocument());
    expect(deleteWrapupCode).toHaveBeenCalledWith('w1');
  });

  it('searching for a code while it is being created finds it: an older list never replaces a newer one', async () => {
    const codes = [code('w1', 'Resolved')];
    let finishCreate: () => void = () => undefined;
    // The unfiltered list answers slowly, so without care it would land after the search's.
    const listWrapupCodes = jest.fn((request?: { name?: string }) =>
      request?.name === undefined
        ? new Promise<PagedListing<WrapupCode>>((resolve) =>
            setTimeout(() => resolve(page([...codes])), 50),
          )
        : Promise.resolve(page(codes.filter((c) => `*${c.name}*`.includes(request.name ?? '')))),
    );
    const createWrapupCode = jest.fn(
      (name: string) =>
        new Promise<WrapupCode>((resolve) => {
          finishCreate = () => {
            codes.push(code('w2', name));
            resolve(code('w2', name));
          };
        }),
    );
    renderWithProviders(<AdminPanel />, {
      preloadedState: adminState(),
      platform: { listWrapupCodes, createWrapupCode },
    });
    await screen.findByText('Resolved');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'New wrap-up code name' }),
      'Warranty',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search wrap-up codes' }),
      'Warranty',
    );
    finishCreate();
    const list = screen.getByRole('list', { name: 'Wrap-up codes' });
    expect(await within(list).findByText('Warranty')).toBeInTheDocument();
    // Long enough for the slow, older list to answer (50 ms): inside act, as its answer
    // updates the panel (or, if it were wrongly taken, would replace the list).
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(within(list).getByText('Warranty')).toBeInTheDocument();
    expect(within(list).queryByText('Resolved')).not.toBeInTheDocument();
  });

  it('assigns codes to a queue and removes them', async () => {
    const assigned: WrapupCode[] = [code('w1', 'Resolved')];
    const all = [code('w1', 'Resolved'), code('w2', 'Callback needed')];
    const platform = {
      listWrapupCodes: () => Promise.resolve(page(all)),
      searchQueues: () => Promise.resolve([{ id: 'q-support', name: 'Support' } as Queue]),
      listQueueWrapupCodes: () => Promise.resolve(page([...assigned])),
      assignWrapupCodes: jest.fn((_q: string, ids: string[]) => {
        for (const id of ids) assigned.push(all.find((c) => c.id === id) as WrapupCode);
        return Promise.resolve();
      }),
      unassignWrapupCode: jest.fn(() => {
        assigned.splice(0, 1);
        return Promise.resolve();
      }),
    };
    renderWithProviders(<AdminPanel />, { preloadedState: adminState(), platform });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search queues' }), 'sup{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'Support' }));
    const list = await screen.findByRole('list', { name: 'Wrap-up codes of Support' });
    expect(await within(list).findByText('Resolved')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Wrap-up code to add to Support' });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(2));
    await userEvent.selectOptions(picker, 'Callback needed');
    await userEvent.click(screen.getByRole('button', { name: 'Assign' }));
    expect(await within(list).findByText('Callback needed')).toBeInTheDocument();
    expect(platform.assignWrapupCodes).toHaveBeenCalledWith('q-support', ['w2']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Resolved from Support' }));
    await waitFor(() => expect(within(list).queryByText('Resolved')).not.toBeInTheDocument());
  });

  it("follows the codes list: a renamed or deleted code changes in the queue's codes too", async () => {
    const all = [code('w1', 'Resolved'), code('w2', 'Callback needed')];
    const assigned = ['w1'];
    const platform = {
      listWrapupCodes: () => Promise.resolve(page([...all])),
      searchQueues: () => Promise.resolve([{ id: 'q-support', name: 'Support' } as Queue]),
      listQueueWrapupCodes: () => Promise.resolve(page(all.filter((c) => assigned.includes(c.id)))),
      renameWrapupCode: (id: string, name: string) => {
        const renamed = code(id, name);
        all.splice(
          all.findIndex((c) => c.id === id),
          1,
          renamed,
        );
        return Promise.resolve(renamed);
      },
      deleteWrapupCode: (id: string) => {
        all.splice(
          all.findIndex((c) => c.id === id),
          1,
        );
        assigned.splice(assigned.indexOf(id), 1);
        return Promise.resolve();
      },
    };
    renderWithProviders(<AdminPanel />, { preloadedState: adminState(), platform });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search queues' }), 'sup{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'Support' }));
    const list = await screen.findByRole('list', { name: 'Wrap-up codes of Support' });
    expect(await within(list).findByText('Resolved')).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Wrap-up code to add to Support' });
    expect(await within(picker).findByRole('option', { name: 'Callback needed' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Rename Callback needed' }));
    const input = screen.getByRole('textbox', { name: 'New name for Callback needed' });
    await userEvent.clear(input);
    await userEvent.type(input, 'Call back');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await within(picker).findByRole('option', { name: 'Call back' })).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Delete Resolved' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(within(list).queryByText('Resolved')).not.toBeInTheDocument());
  });

  it('shows the install-wide settings and where to change them, never a one-browser toggle', async () => {
    const state = adminState('ja');
    renderWithProviders(<AdminPanel />, {
      preloadedState: {
        ...state,
        settings: { ...state.settings, callLogging: true, host: 'zendesk' },
      },
      platform: { listWrapupCodes: () => Promise.resolve(page([])) },
    });
    expect(screen.getByRole('region', { name: '管理' })).toBeInTheDocument();
    const settings = screen.getByRole('region', { name: 'クライアント設定' });
    expect(within(settings).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(settings).getByText('通話ログ').nextElementSibling).toHaveTextContent('オン');
    expect(within(settings).getByText('チャットに自動応答').nextElementSibling).toHaveTextContent(
      'オフ',
    );
    expect(settings).toHaveTextContent('管理センターのアプリ設定');
    // The platform has no codes yet: the list says so once its answer is in.
    expect(await screen.findByText('ラップアップコードはまだありません。')).toBeInTheDocument();
  });
});
