import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createSimulatorServer } from '@acd/mocks/node';
import { SEED_IDS } from '@acd/mocks/engine/seedData';
import { SimulatorSignIn } from './SimulatorSignIn';

const BASE = 'http://sim.test';
const { server } = createSimulatorServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the simulator sign-in', () => {
  it("lists the simulator's agents and signs in as the chosen one", async () => {
    const onSignedIn = jest.fn();
    render(<SimulatorSignIn platformBaseUrl={BASE} language="en" onSignedIn={onSignedIn} />);
    const form = screen.getByRole('form', { name: 'Sign in to the ACD platform' });
    expect(form).toBeInTheDocument();
    const hanako = await screen.findByRole('radio', { name: /山田 花子/ });
    expect(screen.getByRole('radio', { name: /Casey Admin .*administrator/ })).toBeInTheDocument();
    await userEvent.click(hanako);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(onSignedIn).toHaveBeenCalledTimes(1);
    });
    const [session, agent] = onSignedIn.mock.calls[0] as [
      { accessToken: string; expiresAt: number },
      { id: string },
    ];
    expect(agent.id).toBe(SEED_IDS.agentHanako);
    // The token works on the platform API as that agent.
    const me = (await (
      await fetch(`${BASE}/api/v2/users/me`, {
        headers: { Authorization: `Bearer ${session.accessToken}` },
      })
    ).json()) as { name: string };
    expect(me.name).toBe('山田 花子');
  });

  it('speaks Japanese when asked to', async () => {
    render(<SimulatorSignIn platformBaseUrl={BASE} language="ja" onSignedIn={jest.fn()} />);
    expect(
      screen.getByRole('form', { name: 'ACD プラットフォームにサインイン' }),
    ).toBeInTheDocument();
    await screen.findByRole('radio', { name: /Alex Morgan/ });
    expect(screen.getByRole('button', { name: 'サインイン' })).toBeEnabled();
  });

  it('says when the platform cannot be reached and tries again on request', async () => {
    server.use(http.get('*/sim/users', () => HttpResponse.error()));
    render(<SimulatorSignIn platformBaseUrl={BASE} language="en" onSignedIn={jest.fn()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The platform at http://sim.test could not be reached',
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
    server.resetHandlers();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: /Alex Morgan/ })).toBeInTheDocument();
  });

  it("shows the simulator's message when it refuses the sign-in", async () => {
    server.use(
      http.post('*/sim/login', () =>
        HttpResponse.json({ message: 'Unknown user', code: 'bad.request' }, { status: 400 }),
      ),
    );
    const onSignedIn = jest.fn();
    render(<SimulatorSignIn platformBaseUrl={BASE} language="en" onSignedIn={onSignedIn} />);
    await screen.findByRole('radio', { name: /Alex Morgan/ });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Signing in failed: Unknown user');
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows why the agent has to sign in again', () => {
    render(
      <SimulatorSignIn
        platformBaseUrl={BASE}
        language="en"
        onSignedIn={jest.fn()}
        notice="Your session expired. Sign in again."
      />,
    );
    expect(screen.getByText('Your session expired. Sign in again.')).toBeInTheDocument();
  });
});
