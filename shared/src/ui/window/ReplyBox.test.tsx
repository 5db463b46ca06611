import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, sceneState } from '../../../testing/ui/uiFixtures';
import type { ReplyDraft } from '../../features/compose/composeSlice';
import { ReplyBox } from './ReplyBox';
import { ScreenPopChoice } from './ScreenPopChoice';

function renderBox(draft?: ReplyDraft, language: 'en' | 'ja' = 'en') {
  return renderWithProviders(<ReplyBox conversationId="c1" />, {
    preloadedState: sceneState({
      settings: { language },
      interactions: [chat('c1', 'Ada Lovelace', { state: 'connected' })],
      drafts: draft === undefined ? [] : [draft],
    }),
  });
}

describe('ReplyBox (rule 5)', () => {
  it('sends on Enter and adds a line on Shift+Enter', async () => {
    const { calls } = renderBox();
    const box = screen.getByRole('textbox', { name: 'Reply' });
    await userEvent.type(box, 'Hello{Shift>}{Enter}{/Shift}there');
    expect(box).toHaveValue('Hello\nthere');
    expect(calls.filter((c) => c.name === 'sendReply')).toHaveLength(0);
    expect(calls.at(-1)).toEqual({ name: 'typeReply', args: ['c1', 'Hello\nthere'] });
    await userEvent.keyboard('{Enter}');
    expect(calls.at(-1)).toEqual({ name: 'sendReply', args: ['c1'] });
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(calls.filter((c) => c.name === 'sendReply')).toHaveLength(2);
  });

  it('restores the saved draft (rule 12)', () => {
    renderBox({ id: 'c1', text: 'half-written answer' });
    expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('half-written answer');
  });

  it('explains a refused reply and keeps the text', () => {
    const long = 'x'.repeat(4001);
    renderBox({ id: 'c1', text: long, error: 'tooLong' });
    const box = screen.getByRole('textbox', { name: 'Reply' });
    expect(box).toHaveValue(long);
    expect(box).toBeInvalid();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The reply is 4001 characters; the limit is 4000.',
    );
    expect(box).toHaveAccessibleDescription(/the limit is 4000/);
  });

  it.each([
    ['empty', 'Type a reply before sending.'],
    ['notConnected', 'This chat is no longer connected; the reply was not sent.'],
  ] as const)('explains the %s refusal', (error, text) => {
    renderBox({ id: 'c1', text: '', error });
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('speaks Japanese', () => {
    renderBox({ id: 'c1', text: ' ', error: 'empty' }, 'ja');
    expect(screen.getByRole('textbox', { name: '返信' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '送信' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).not.toHaveTextContent('Type a reply');
  });
});

describe('ScreenPopChoice', () => {
  it('lets the agent choose among several CRM records', async () => {
    const records = [
      { id: '003A', kind: 'Contact', label: 'Ada Lovelace' },
      { id: '00QB', kind: 'Lead', label: 'Ada L.' },
    ];
    const { calls } = renderWithProviders(<ScreenPopChoice conversationId="c1" />, {
      preloadedState: sceneState({
        interactions: [chat('c1', 'Ada Lovelace', { state: 'connected' })],
        crm: [{ id: 'c1', status: 'choose', records }],
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: 'Ada L. (Lead)' }));
    expect(calls).toContainEqual({ name: 'chooseCrmRecord', args: ['c1', records[1]] });
  });
});
