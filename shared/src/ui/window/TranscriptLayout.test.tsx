// The transcript where the host breaks layout (no viewport size, as inside a sandbox that
// drops inline styles): it says so and lists every line rather than showing an empty log.
import { act, screen, within } from '@testing-library/react';
import { installFakeLayout } from '../../../testing/ui/fakeLayout';
import { renderWithProviders } from '../../../testing/ui/renderWithProviders';
import { chat, message, sceneState, transcript } from '../../../testing/ui/uiFixtures';
import { InteractionWindow } from './InteractionWindow';

const at = (second: number) => new Date(Date.UTC(2024, 4, 1, 10, 0, second)).toISOString();

const scene = sceneState({
  interactions: [chat('c1', 'Ada Lovelace', { state: 'connected', lastSeenMessageId: 'm2' })],
  openIds: ['c1'],
  selectedId: 'c1',
  transcripts: [
    transcript('c1', [
      message('m1', 'customer', 'Hello, my order is late', at(1)),
      message('m2', 'agent', 'Let me check', at(2)),
    ]),
  ],
});

describe('Transcript layout', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('writes its geometry as real inline styles (setProperty), so any host applies them', () => {
    const restore = installFakeLayout();
    try {
      renderWithProviders(<InteractionWindow />, { preloadedState: scene });
      const log = screen.getByRole('log', { name: 'Transcript' });
      expect(log.style.getPropertyValue('max-height')).toBe('min(50vh, 28rem)');
      const line = within(log).getByText('Hello, my order is late').closest('[data-index]');
      expect((line as HTMLElement).style.getPropertyValue('position')).toBe('absolute');
      expect((line as HTMLElement).style.getPropertyValue('transform')).toMatch(/^translateY\(/);
    } finally {
      restore();
    }
  });

  it('with no room to lay lines out, tells the agent and the console, and lists every line', () => {
    jest.useFakeTimers();
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // jsdom lays nothing out: without the fake layout the viewport measures 0 x 0.
    renderWithProviders(<InteractionWindow />, { preloadedState: scene });
    expect(screen.queryByText('Hello, my order is late')).toBeNull();

    act(() => {
      jest.advanceTimersByTime(2000);
    });

    expect(screen.getByRole('alert')).toHaveTextContent('The transcript could not be laid out');
    const log = screen.getByRole('log', { name: 'Transcript' });
    expect(within(log).getByText('Hello, my order is late')).toBeInTheDocument();
    expect(within(log).getByText('Let me check')).toBeInTheDocument();
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('could not lay out 2 lines'));
  });
});
