// The one "Sign in again" region every host shows: it appears above the client only while
// calls wait on the reauth gate, says why, signs in on the same platform, lets the waiting
// calls go on with the new token, and gives them up when the client goes away.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSimulatorServer } from '@acd/mocks/node';
import { createReauthGate } from './reauthGate';
import { showSignInAgainWhenExpired } from './SignInAgain';
import { readSignInSettings } from './signInSettings';
import type { Language } from '../../features/settings/settingsSlice';

const BASE = 'http://sim.test';
const { server } = createSimulatorServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  document.body.replaceChildren();
});
afterAll(() => server.close());

function setUp(language: { current: Language } = { current: 'en' }) {
  const container = document.createElement('div');
  document.body.append(container);
  const gate = createReauthGate();
  const onSignedIn = jest.fn();
  const settings = readSignInSettings({ platformBaseUrl: BASE, signIn: 'simulator' }, '');
  let region!: ReturnType<typeof showSignInAgainWhenExpired>;
  act(() => {
    region = showSignInAgainWhenExpired({
      container,
      gate,
      window,
      settings: () => settings,
      language: () => language.current,
      onSignedIn,
    });
  });
  return { container, gate, onSignedIn, region };
}

describe('Sign in again', () => {
  it('shows nothing until a call waits, then signs in and lets the waiting call go on', async () => {
    const { gate, onSignedIn } = setUp();
    expect(screen.queryByRole('region', { name: 'Sign in again' })).toBeNull();
    let waiting!: Promise<string | null>;
    act(() => {
      waiting = gate.waitForToken();
    });
    const region = await screen.findByRole('region', { name: 'Sign in again' });
    expect(within(region).getByText(/^Your session expired\./)).toHaveAttribute('role', 'status');
    await within(region).findByRole('radio', { name: /山田 花子/ });
    await userEvent.click(within(region).getByRole('button', { name: 'Sign in' }));
    const token = await waiting;
    expect(onSignedIn).toHaveBeenCalledTimes(1);
    expect(token).toBe((onSignedIn.mock.calls[0] as [{ accessToken: string }])[0].accessToken);
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Sign in again' })).toBeNull();
    });
  });

  it('speaks the language it is relabelled to', async () => {
    const language: { current: Language } = { current: 'en' };
    const { gate, region } = setUp(language);
    act(() => {
      void gate.waitForToken();
    });
    await screen.findByRole('region', { name: 'Sign in again' });
    language.current = 'ja';
    act(() => region.relabel());
    expect(await screen.findByRole('region', { name: 'もう一度サインイン' })).toBeInTheDocument();
  });

  it('gives the waiting calls up and leaves nothing behind when released', async () => {
    const { gate, region, container } = setUp();
    let waiting!: Promise<string | null>;
    act(() => {
      waiting = gate.waitForToken();
    });
    await screen.findByRole('region', { name: 'Sign in again' });
    act(() => region.release());
    await expect(waiting).resolves.toBeNull();
    expect(container).toBeEmptyDOMElement();
  });
});
