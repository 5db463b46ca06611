// What a view's sign-in says after a failed attempt: the platform refusing the session the
// core loaded (status 'failed', the core's notice), or the hand-over to the core's owner
// failing. Before, both came back as a bare sign-in, as if nothing had been tried.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeStore } from '../../app/store';
import { sessionFailed, sessionLoading, signedOut } from '../../features/session/sessionSlice';
import { noticeRaised } from '../../features/notices/noticesSlice';
import type { PlatformSession } from '../implicitGrant';
import { useSessionHandOver } from './useSessionHandOver';

const SESSION: PlatformSession = { accessToken: 'fresh', expiresAt: Date.now() + 60_000 };

function Probe({
  state,
  handOver,
}: {
  state: ReturnType<ReturnType<typeof makeStore>['getState']>;
  handOver: (session: PlatformSession) => Promise<void>;
}) {
  const handing = useSessionHandOver(handOver, state, 'ja');
  return (
    <>
      <button type="button" onClick={() => handing.handOver(SESSION)}>
        hand over
      </button>
      {handing.failure !== undefined && <p role="alert">{handing.failure}</p>}
    </>
  );
}

describe('useSessionHandOver', () => {
  it('says why the platform refused the session the core loaded', () => {
    const store = makeStore();
    store.dispatch(sessionLoading());
    store.dispatch(sessionFailed());
    store.dispatch(
      noticeRaised({ kind: 'error', key: 'notice.sessionFailed', detail: '403 Forbidden' }),
    );
    render(<Probe state={store.getState()} handOver={() => Promise.resolve()} />);

    expect(screen.getByRole('alert')).toHaveTextContent(
      'サインインできませんでした: 403 Forbidden',
    );
  });

  it('says nothing while signed out, and why the hand-over failed once it does', async () => {
    const store = makeStore();
    const handOver = jest.fn(() => Promise.reject(new Error('The background did not answer')));
    render(<Probe state={store.getState()} handOver={handOver} />);
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'hand over' }));

    expect(handOver).toHaveBeenCalledWith(SESSION);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'サインインできませんでした: The background did not answer',
    );
  });

  it('forgets a failed hand-over once a sign-in went through after all', async () => {
    const store = makeStore();
    const handOver = () => Promise.reject(new Error('The background did not answer in time'));
    const { rerender } = render(<Probe state={store.getState()} handOver={handOver} />);
    await userEvent.click(screen.getByRole('button', { name: 'hand over' }));
    await screen.findByRole('alert');

    // The background finished that sign-in late (or another view signed in), then sign-out.
    store.dispatch(sessionLoading());
    rerender(<Probe state={store.getState()} handOver={handOver} />);
    store.dispatch(signedOut());
    rerender(<Probe state={store.getState()} handOver={handOver} />);

    expect(screen.queryByRole('alert')).toBeNull();
  });
});
