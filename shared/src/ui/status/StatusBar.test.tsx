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

describe('StatusBar at panel width (issue 17)', () => {
  it('says when the agent is not On Queue, with a one-click fix', async () => {
    const { calls } = renderBar({ session: { presence: 'Available' } });
    expect(screen.getByText('You are not On Queue: no chats are routed to you.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Go On Queue' }));
    expect(calls).toContainEqual({ name: 'setPresence', args: ['On Queue'] });
  });

  it('says nothing of the kind when On Queue', () => {
    renderBar();
    expect(screen.queryByRole('button', { name: 'Go On Queue' })).not.toBeInTheDocument();
  });

  it('offers Download diagnostics in its menu, by keyboard, and downloads the core file', async () => {
    const created: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:diagnostics';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    const { calls } = renderBar({ settings: { language: 'ja' } });
    const button = screen.getByRole('button', { name: 'その他の操作' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await userEvent.keyboard('{Enter}');
    const item = screen.getByRole('menuitem', { name: '診断情報をダウンロード' });
    expect(item).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    await userEvent.click(button);
    await userEvent.click(screen.getByRole('menuitem', { name: '診断情報をダウンロード' }));
    expect(calls).toContainEqual({ name: 'diagnostics', args: [] });
    await screen.findByRole('button', { name: 'その他の操作' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(clicked).toEqual([expect.stringMatching(/^acd-diagnostics-.*\.json$/)]);
    const text = await (created[0] as Blob).text();
    expect(JSON.parse(text)).toMatchObject({ format: 'acd-agent-diagnostics/1' });
    click.mockRestore();
  });
});
