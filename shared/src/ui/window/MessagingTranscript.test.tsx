// The web messaging parts of the window and the list: the media in words, attachments as safe
// links only, quick replies and cards as text, the delivery mark in words with Retry.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeLayout } from '../../../testing/ui/fakeLayout';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import {
  chat,
  messagingMessage,
  sceneState,
  transcript,
  type UiScene,
} from '../../../testing/ui/uiFixtures';
import { InteractionList } from '../list/InteractionList';
import { InteractionWindow } from './InteractionWindow';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = installFakeLayout();
});
afterAll(() => restoreLayout());

const at = (second: number) => new Date(Date.UTC(2026, 10, 28, 7, 0, second)).toISOString();

function messagingScene(language: 'en' | 'ja' = 'en'): UiScene {
  return {
    settings: { language },
    interactions: [
      chat('m1', 'Mina Sato', { state: 'connected', media: 'message', lastSeenMessageId: 'i3' }),
      chat('c1', 'Ada Lovelace', { state: 'connected', held: true }),
    ],
    openIds: ['m1'],
    selectedId: 'm1',
    transcripts: [
      transcript('m1', [
        messagingMessage('i1', 'inbound', 'Here is the receipt', at(1), {
          content: [
            {
              contentType: 'Attachment',
              attachment: {
                mediaType: 'File',
                filename: 'receipt.pdf',
                url: 'https://files.example.com/receipt.pdf',
                contentSizeBytes: 48_200,
              },
            },
            // The platform layer drops unsafe links; the UI must not invent one either.
            {
              contentType: 'Attachment',
              attachment: { mediaType: 'Image', filename: 'photo.png', contentSizeBytes: 900 },
            },
          ],
        }),
        messagingMessage('i2', 'inbound', '', at(2), {
          content: [
            { contentType: 'QuickReply', quickReply: { text: 'Yes please', payload: 'yes' } },
            {
              contentType: 'Card',
              card: {
                title: 'Order 1234',
                description: 'Two items',
                actions: [{ type: 'Postback', text: 'Track' }],
              },
            },
          ],
        }),
        messagingMessage('i3', 'inbound', '<img src=x onerror=alert(1)>', at(3)),
        messagingMessage('o1', 'outbound', 'Thanks, checking', at(4), { status: 'Read' }),
        messagingMessage('o2', 'outbound', 'It ships today', at(5), { status: 'Delivered' }),
        messagingMessage('o3', 'outbound', 'Tracking link sent', at(6), { status: 'Failed' }),
      ]),
    ],
  };
}

describe('web messaging in the UI', () => {
  it('names each row with its media, in words, beside the state (en and ja)', () => {
    const { unmount } = renderWithProviders(<InteractionList />, {
      preloadedState: sceneState(messagingScene()),
    });
    expect(
      screen.getByRole('listitem', { name: /^Mina Sato, Support, Connected/ }),
    ).toHaveAccessibleName('Mina Sato, Support, Connected, Message');
    expect(screen.getByRole('listitem', { name: /^Ada Lovelace/ })).toHaveAccessibleName(
      'Ada Lovelace, Support, Held, Chat',
    );
    unmount();
    renderWithProviders(<InteractionList />, { preloadedState: sceneState(messagingScene('ja')) });
    expect(screen.getByRole('listitem', { name: /^Mina Sato/ })).toHaveAccessibleName(
      /, メッセージ$/,
    );
    expect(screen.getByRole('listitem', { name: /^Ada Lovelace/ })).toHaveAccessibleName(
      /, チャット$/,
    );
  });

  it('shows attachments as http(s) links with name and size, never as images or HTML', () => {
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(messagingScene()) });
    const log = screen.getByRole('log', { name: 'Transcript' });
    const link = within(log).getByRole('link', { name: 'Attachment receipt.pdf (48.2 KB)' });
    expect(link).toHaveAttribute('href', 'https://files.example.com/receipt.pdf');
    expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
    // The customer's file name sits in its own bidi isolate, apart from the size.
    expect(within(link).getByText('receipt.pdf')).toHaveAttribute('dir', 'auto');
    expect(within(log).getByText('photo.png (900 B), no safe link')).toBeInTheDocument();
    expect(within(log).queryByRole('link', { name: /photo/ })).not.toBeInTheDocument();
    expect(log.querySelector('img')).toBeNull();
    // Customer text that looks like markup stays text.
    expect(within(log).getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  });

  it('shows quick replies and cards as text', () => {
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(messagingScene()) });
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(within(log).getByText('Quick reply: Yes please')).toBeInTheDocument();
    expect(within(log).getByText('Card: Order 1234')).toBeInTheDocument();
    expect(within(log).getByText(/\[Track\]/)).toBeInTheDocument();
  });

  it("marks each of the agent's messages Read, Delivered or Failed in words, with Retry on Failed", async () => {
    const { calls } = renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState(messagingScene()),
    });
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(log).toHaveTextContent(/Thanks, checking/);
    expect(within(log).getByText('Read')).toBeInTheDocument();
    expect(within(log).getByText('Delivered')).toBeInTheDocument();
    expect(within(log).getByText('Failed')).toBeInTheDocument();
    expect(within(log).getAllByText('Delivery:', { exact: false })).toHaveLength(3);
    // Customer lines carry no delivery mark.
    expect(within(log).getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
    await userEvent.click(within(log).getByRole('button', { name: 'Retry' }));
    expect(calls).toContainEqual({ name: 'resendMessage', args: ['m1', 'o3'] });
  });

  it('says a failed message was sent again instead of offering Retry twice', () => {
    const scene = messagingScene();
    const lines = scene.transcripts?.[0];
    if (lines === undefined) throw new Error('scene without a transcript');
    const failed = lines.byId.o3;
    if (failed !== undefined) lines.byId.o3 = { ...failed, resentAs: 'resend:o3' };
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(scene) });
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(within(log).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    expect(within(log).getByText(/Sent again/)).toBeInTheDocument();
  });

  it('uses Japanese words for the delivery marks and the attachment', () => {
    renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState(messagingScene('ja')),
    });
    const log = screen.getByRole('log');
    expect(within(log).getByText('既読')).toBeInTheDocument();
    expect(within(log).getByText('配信済み')).toBeInTheDocument();
    expect(within(log).getByText('送信失敗')).toBeInTheDocument();
    expect(within(log).getByRole('button', { name: '再試行' })).toBeInTheDocument();
    expect(
      within(log).getByRole('link', { name: /^添付ファイル receipt\.pdf/ }),
    ).toBeInTheDocument();
  });
});
