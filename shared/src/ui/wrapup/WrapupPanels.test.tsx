import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, code, sceneState, wrapupForm, type UiScene } from '../../../testing/ui/uiFixtures';
import type { WrapupForm } from '../../features/wrapup/wrapupSlice';
import { WrapupPanels } from './WrapupPanels';

const codes = [code('w1', 'Resolved'), code('w2', 'Callback needed'), code('w3', 'Refund issued')];

function renderPanel(form: Partial<WrapupForm> = {}, over: UiScene = {}) {
  return renderWithProviders(<WrapupPanels />, {
    preloadedState: sceneState({
      interactions: [chat('c1', 'Ada Lovelace', { state: 'disconnected' })],
      wrapups: [wrapupForm('c1', form)],
      codesByQueue: { 'q-support': { status: 'loaded', codes } },
      ...over,
    }),
  });
}

describe('WrapupPanels', () => {
  it('opens for the disconnected chat with a searchable code limited to its queue (rules 8, 10)', async () => {
    const { calls } = renderPanel();
    const panel = screen.getByRole('region', { name: 'Wrap-up' });
    // The names are bidi isolates (inline spans); jsdom, having no layout, puts a space around
    // each when it computes the description, which browsers do not.
    expect(panel).toHaveAccessibleDescription(/^Wrap-up: Ada Lovelace \( ?Support ?\)$/);
    const picker = within(panel).getByRole('combobox', { name: 'Wrap-up code' });
    await userEvent.type(picker, 'ref');
    const options = within(panel).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Refund issued']);
    await userEvent.keyboard('{Enter}');
    expect(calls).toContainEqual({ name: 'chooseWrapupCode', args: ['c1', 'w3'] });
    await userEvent.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(calls.at(-1)).toEqual({ name: 'finishWrapup', args: ['c1'] });
  });

  it('picks with the mouse and shows the chosen code', async () => {
    const { calls } = renderPanel({ codeId: 'w2' });
    const picker = screen.getByRole('combobox', { name: 'Wrap-up code' });
    expect(picker).toHaveValue('Callback needed');
    await userEvent.click(picker);
    expect(screen.getAllByRole('option')).toHaveLength(3);
    await userEvent.click(screen.getByRole('option', { name: 'Resolved' }));
    expect(calls).toContainEqual({ name: 'chooseWrapupCode', args: ['c1', 'w1'] });
  });

  it('has Notes only when call logging is off (rule 9), and keeps typed notes', async () => {
    const { calls, unmount } = renderPanel({ notes: 'Asked about refund' });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveValue('Asked about refund');
    await userEvent.type(notes, '!');
    expect(calls.at(-1)).toEqual({ name: 'writeNotes', args: ['c1', 'Asked about refund!'] });
    unmount();
    renderPanel({}, { settings: { callLogging: true } });
    expect(screen.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
    expect(screen.getByText(/CRM activity log/)).toBeInTheDocument();
  });

  it('says when the codes could not be loaded, with a Retry that asks again', async () => {
    const { calls } = renderPanel(
      {},
      { codesByQueue: { 'q-support': { status: 'failed', codes: [] } } },
    );
    const panel = screen.getByRole('region', { name: 'Wrap-up' });
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'The wrap-up codes could not be loaded.',
    );
    const retry = within(panel).getByRole('button', { name: 'Retry' });
    expect(retry).toHaveAccessibleDescription('The wrap-up codes could not be loaded.');
    await userEvent.click(retry);
    expect(calls.at(-1)).toEqual({ name: 'retryWrapupCodes', args: ['c1'] });
    // The button goes while the codes load: focus waits at the code picker, not the page top.
    expect(within(panel).getByRole('combobox', { name: 'Wrap-up code' })).toHaveFocus();
  });

  it('explains Done without a code (rule 10)', () => {
    renderPanel({ error: 'noCode' });
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a wrap-up code before Done.');
    expect(screen.getByRole('combobox', { name: 'Wrap-up code' })).toHaveAccessibleDescription(
      'Choose a wrap-up code before Done.',
    );
  });

  it("shows the platform's reason when it rejected the wrap-up", () => {
    renderPanel({ error: 'rejected', errorDetail: 'Wrap-up code not valid for queue' });
    expect(screen.getByRole('alert')).toHaveTextContent('Wrap-up code not valid for queue');
  });

  it('closes without Done on request (rule 11) and hides when closed', async () => {
    const { calls, unmount } = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(calls).toContainEqual({ name: 'closeWrapup', args: ['c1'] });
    unmount();
    renderPanel({ panelOpen: false, closedWithoutDone: true });
    expect(screen.queryByRole('region', { name: 'Wrap-up' })).not.toBeInTheDocument();
  });

  it('speaks Japanese', () => {
    renderPanel({}, { settings: { language: 'ja' } });
    const panel = screen.getByRole('region', { name: 'ラップアップ' });
    expect(within(panel).getByRole('combobox', { name: 'ラップアップコード' })).toBeVisible();
    expect(within(panel).getByRole('textbox', { name: 'メモ' })).toBeVisible();
    expect(within(panel).getByRole('button', { name: '完了' })).toBeVisible();
  });
});
