import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { sceneState, type UiScene } from '../../../testing/ui/uiFixtures';
import { StatusBar } from './StatusBar';

const renderBar = (scene: UiScene = {}) =>
  renderWithProviders(<StatusBar />, { preloadedState: sceneState(scene) });

describe('StatusBar', () => {
  it('changes presence among On Queue, Available, Away and Offline', async () => {
    const { calls } = renderBar();
    const presence = screen.getByRole('combobox', { name: 'Presence' });
    expect(presence).toHaveDisplayValue('On Queue');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(
      expect.arrayContaining(['On Queue', 'Available', 'Away', 'Offline']),
    );
    await userEvent.selectOptions(presence, 'Away');
    expect(calls).toContainEqual({ name: 'setPresence', args: ['Away'] });
  });

  it('turns ringing off for this client only (rule 2)', async () => {
    const { calls } = renderBar({ settings: { ringing: true } });
    const ring = screen.getByRole('checkbox', { name: 'Ring for alerting interactions' });
    expect(ring).toBeChecked();
    await userEvent.click(ring);
    expect(calls).toContainEqual({ name: 'changeSettings', args: [{ ringing: false }] });
  });

  it('switches the language', async () => {
    const { calls } = renderBar();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '日本語');
    expect(calls).toContainEqual({ name: 'changeSettings', args: [{ language: 'ja' }] });
  });

  it('shows the connection and a reconnect banner', () => {
    renderBar({ connection: { status: 'reconnecting', attempt: 2 } });
    expect(screen.getByRole('status')).toHaveTextContent('Connection: Connection lost');
    expect(screen.getByRole('alert')).toHaveTextContent('Reconnecting (attempt 2)');
  });

  it('says when the session expired', () => {
    renderBar({ session: { status: 'authExpired' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Your session expired');
  });

  it('speaks Japanese', () => {
    renderBar({ settings: { language: 'ja' } });
    expect(screen.getByRole('combobox', { name: 'プレゼンス' })).toHaveDisplayValue('キュー待機中');
    expect(
      screen.getByRole('checkbox', { name: '着信中のインタラクションで鳴らす' }),
    ).toBeChecked();
    expect(screen.getByRole('combobox', { name: '言語' })).toHaveDisplayValue('日本語');
    expect(screen.getByRole('status')).toHaveTextContent('接続: 接続済み');
  });
});
