import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { installFakeLayout } from '../../../testing/ui/fakeLayout';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import {
  chat,
  message,
  sceneState,
  transcript,
  type UiScene,
} from '../../../testing/ui/uiFixtures';
import { InteractionWindow } from './InteractionWindow';

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = installFakeLayout();
});
afterAll(() => restoreLayout());

const at = (second: number) => new Date(Date.UTC(2024, 4, 1, 10, 0, second)).toISOString();

function twoChats(over: UiScene = {}): UiScene {
  return {
    interactions: [
      chat('c1', 'Ada Lovelace', { state: 'connected', lastSeenMessageId: 'm1' }),
      chat('c2', 'Grace Hopper', { state: 'connected', held: true }),
    ],
    openIds: ['c1', 'c2'],
    selectedId: 'c1',
    transcripts: [
      transcript('c1', [
        message('m0', 'system', '', at(0)),
        message('m1', 'customer', 'Hello, my order is late', at(1)),
        message('m2', 'agent', 'Let me check', at(2)),
        message('m3', 'customer', 'It was due Monday', at(3)),
      ]),
    ],
    ...over,
  };
}

describe('InteractionWindow', () => {
  it('shows the open chats as tabs; selecting another one asks the core to swap (rule 6)', async () => {
    const { calls } = renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState(twoChats()),
    });
    const window = screen.getByRole('region', { name: 'Interaction window' });
    const tabs = within(window).getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs[1]).toHaveAccessibleName('Grace Hopper (Held)');
    await userEvent.click(within(window).getByRole('tab', { name: /^Grace Hopper/ }));
    expect(calls).toContainEqual({ name: 'selectChat', args: ['c2'] });
  });

  it('moves between tabs with the arrow keys', async () => {
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(twoChats()) });
    screen.getByRole('tab', { name: /^Ada Lovelace/ }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /^Grace Hopper/ })).toHaveFocus();
  });

  it('shows customer, agent and system lines with their times', () => {
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(twoChats()) });
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(within(log).getByText('Hello, my order is late')).toBeInTheDocument();
    expect(within(log).getByText('Let me check').closest('.acd-line')).toHaveClass(
      'acd-line_agent',
    );
    expect(within(log).getByText('Joined the chat').closest('.acd-line')).toHaveClass(
      'acd-line_system',
    );
    expect(within(log).getAllByText('Ada Lovelace')).toHaveLength(2);
    expect(log.querySelector(`time[datetime="${at(3)}"]`)).toHaveTextContent(/\d\d:\d\d/);
  });

  it('shows the burst beside the name; New message jumps to it and marks it seen (rule 7)', async () => {
    const { calls } = renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState(twoChats()),
    });
    expect(screen.getByRole('tab', { name: /^Ada Lovelace/ })).toHaveAccessibleName(
      'Ada Lovelace 1 new message (Connected)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'New message' }));
    expect(calls).toContainEqual({ name: 'markNewMessagesSeen', args: ['c1'] });
  });

  it('hides New message when everything is seen, and closes the window on request', async () => {
    const scene = twoChats();
    const [first] = scene.interactions ?? [];
    if (first !== undefined) first.lastSeenMessageId = 'm3';
    const { calls } = renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState(scene),
    });
    expect(screen.queryByRole('button', { name: 'New message' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close window' }));
    expect(calls).toContainEqual({ name: 'closeWindow', args: ['c1'] });
  });

  it('shows the customer typing', () => {
    const scene = twoChats();
    const [first] = scene.transcripts ?? [];
    if (first !== undefined) first.customerTypingAt = Date.now();
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(scene) });
    // The name is its own isolate inside the sentence.
    expect(
      screen.getByText(
        (_t, el) =>
          el?.textContent === 'Ada Lovelace is typing…' &&
          el.tagName === 'SPAN' &&
          el.parentElement?.getAttribute('aria-live') === 'polite',
      ),
    ).toBeInTheDocument();
  });

  it('renders hostile customer text as text and links only http(s) addresses', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const scene = twoChats({
      transcripts: [
        transcript('c1', [
          message('m1', 'customer', hostile, at(1)),
          message(
            'm2',
            'customer',
            'see https://example.com/order?id=1. or javascript:alert(1) or ftp://x.example',
            at(2),
          ),
        ]),
      ],
    });
    renderWithProviders(<InteractionWindow />, { preloadedState: sceneState(scene) });
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(within(log).getByText(hostile)).toBeInTheDocument();
    expect(log.querySelector('img')).toBeNull();
    const links = within(log).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://example.com/order?id=1');
    expect(links[0]).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(log).getByText(/javascript:alert\(1\) or ftp:\/\/x.example/)).toBeInTheDocument();
  });

  it('keeps a 5,000-message transcript to a window of rendered lines, newest in view', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      message(
        `m${i}`,
        i % 2 === 0 ? 'customer' : 'agent',
        `line ${i}`,
        new Date(Date.UTC(2024, 4, 1, 10, 0, 0, i)).toISOString(),
      ),
    );
    const started = performance.now();
    renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState(
        twoChats({
          interactions: [
            chat('c1', 'Ada Lovelace', { state: 'connected', lastSeenMessageId: 'm3999' }),
          ],
          openIds: ['c1'],
          transcripts: [transcript('c1', many)],
        }),
      ),
    });
    const log = screen.getByRole('log', { name: 'Transcript' });
    const rendered = log.querySelectorAll('.acd-line').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(60);
    expect(await within(log).findByText('line 4999')).toBeInTheDocument();
    expect(performance.now() - started).toBeLessThan(2000);
    // New message brings the first unread line (m4000) into view.
    await userEvent.click(screen.getByRole('button', { name: 'New message' }));
    expect(await within(log).findByText('line 4000')).toBeInTheDocument();
    expect(log.querySelectorAll('.acd-line').length).toBeLessThan(60);
  });

  it('speaks Japanese', async () => {
    const { calls } = renderWithProviders(<InteractionWindow />, {
      preloadedState: sceneState({ ...twoChats(), settings: { language: 'ja' } }),
    });
    expect(screen.getByRole('log', { name: 'トランスクリプト' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '新しいメッセージ' }));
    expect(screen.getByRole('textbox', { name: '返信' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '送信' })).toBeInTheDocument();
    expect(calls).toContainEqual({ name: 'markNewMessagesSeen', args: ['c1'] });
    act(() => undefined);
  });
});
