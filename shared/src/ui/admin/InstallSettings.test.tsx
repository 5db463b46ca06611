// The install-wide settings in the admin panel: read-only without a host store or without
// the host's admin role; editable for everyone with both; a refusal keeps the choices.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN_PERMISSIONS } from '../../platform/platformTypes';
import type { InstallSettings, InstallSettingsStore } from '../../ports/installSettingsStore';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { sceneState } from '../../../testing/ui/uiFixtures';
import { translate } from '../../i18n/translate';
import { ClientSettingsAdmin } from './ClientSettingsAdmin';

const adminState = (language: 'en' | 'ja' = 'en') =>
  sceneState({
    settings: { language, host: 'zendesk', callLogging: false, autoAnswer: false, ringing: true },
    session: {
      user: { id: 'a', name: 'Casey', email: 'c@example.com', permissions: [...ADMIN_PERMISSIONS] },
    },
  });

const INSTALLED: InstallSettings = { callLogging: false, autoAnswer: true, ringingDefault: true };

function hostStore(canEdit: boolean, save?: (s: InstallSettings) => Promise<InstallSettings>) {
  const store = {
    canEdit,
    load: jest.fn(() => Promise.resolve(INSTALLED)),
    save: jest.fn(save ?? ((s: InstallSettings) => Promise.resolve(s))),
  };
  return store satisfies InstallSettingsStore;
}

const section = (language: 'en' | 'ja' = 'en') =>
  screen.getByRole('region', { name: translate(language, 'admin.settings') });

describe('install-wide settings in the admin panel', () => {
  it('without a host store: the values and where to change them, no control', () => {
    renderWithProviders(<ClientSettingsAdmin />, { preloadedState: adminState() });
    expect(within(section()).queryByRole('checkbox')).toBeNull();
    expect(within(section()).queryByRole('button')).toBeNull();
    expect(section()).toHaveTextContent('Set for everyone in Admin Center');
  });

  it('a store but not the host’s admin: read-only, says who can change them, never writes', () => {
    const store = hostStore(false);
    renderWithProviders(<ClientSettingsAdmin store={store} />, { preloadedState: adminState() });
    expect(within(section()).queryByRole('checkbox')).toBeNull();
    expect(section()).toHaveTextContent(translate('en', 'admin.installReadOnly'));
    expect(store.save).not.toHaveBeenCalled();
  });

  it('the host’s admin: the installation’s values, saved for everyone, this client follows', async () => {
    const store = hostStore(true);
    const { calls } = renderWithProviders(<ClientSettingsAdmin store={store} />, {
      preloadedState: adminState(),
    });
    const logging = within(section()).getByRole('checkbox', { name: 'Call logging' });
    // Auto-answer is on in the installation though this client started with it off.
    await waitFor(() =>
      expect(within(section()).getByRole('checkbox', { name: 'Auto-answer chats' })).toBeChecked(),
    );
    expect(logging).not.toBeChecked();
    await userEvent.click(logging);
    await userEvent.click(within(section()).getByRole('button', { name: 'Save for everyone' }));
    expect(await within(section()).findByRole('status')).toHaveTextContent('Saved for everyone.');
    expect(store.save).toHaveBeenCalledWith({
      callLogging: true,
      autoAnswer: true,
      ringingDefault: true,
    });
    expect(calls.filter((c) => c.name === 'changeSettings').map((c) => c.args)).toEqual([
      [{ callLogging: true, autoAnswer: true }],
    ]);
  });

  it('a refusal shows the host’s words, keeps the choice and changes nothing (ja)', async () => {
    const store = hostStore(true, () =>
      Promise.reject(new Error('Forbidden: You do not have access to this page')),
    );
    const { calls } = renderWithProviders(<ClientSettingsAdmin store={store} />, {
      preloadedState: adminState('ja'),
    });
    const label = translate('ja', 'settings.callLogging');
    const save = within(section('ja')).getByRole('button', {
      name: translate('ja', 'admin.installSave'),
    });
    // Save waits for the installation's values, so it cannot overwrite them unread.
    expect(save).toBeDisabled();
    await waitFor(() => expect(save).toBeEnabled());
    await userEvent.click(within(section('ja')).getByRole('checkbox', { name: label }));
    await userEvent.click(save);
    const alert = await within(section('ja')).findByRole('alert');
    expect(alert).toHaveTextContent(
      translate('ja', 'admin.installSaveFailed', {
        reason: 'Forbidden: You do not have access to this page',
      }),
    );
    expect(within(section('ja')).getByRole('checkbox', { name: label })).toBeChecked();
    expect(within(section('ja')).queryByRole('status')).toBeNull();
    expect(calls.filter((c) => c.name === 'changeSettings')).toEqual([]);
  });

  it('a failed read says so with the host’s words; the admin may still save', async () => {
    const store = hostStore(true);
    store.load.mockImplementation(() => Promise.reject(new Error('HTTP 500 Server Error')));
    renderWithProviders(<ClientSettingsAdmin store={store} />, { preloadedState: adminState() });
    expect(await within(section()).findByRole('alert')).toHaveTextContent(
      'Could not read them: HTTP 500 Server Error',
    );
    expect(within(section()).getByRole('button', { name: 'Save for everyone' })).toBeEnabled();
  });
});
