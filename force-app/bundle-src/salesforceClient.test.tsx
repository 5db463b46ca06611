import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRecordingCrm } from '../../shared/testing/recordingCrm';
import { mount, type SalesforceClient } from './salesforceClient';
import { createSessionStore } from '@acd/shared/embed';
import {
  startSimulatorProcess,
  type SimulatorProcess,
} from '../../shared/testing/simulatorProcess';

// The simulator process starts with tsx: a few seconds on two shared cores.
jest.setTimeout(30_000);

let server: SimulatorProcess;
let element: HTMLElement;
let handle: SalesforceClient | null = null;

beforeAll(async () => {
  server = await startSimulatorProcess();
});

afterAll(async () => {
  await server.stop();
});

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  element = document.createElement('div');
  document.body.append(element);
});

afterEach(async () => {
  await act(async () => {
    await handle?.unmount();
  });
  handle = null;
  element.remove();
});

type MountOptions = Parameters<typeof mount>[1];

function mountWith(
  settings: MountOptions['settings'],
  signIn: Partial<Pick<MountOptions, 'signIn' | 'oauthClientId' | 'callbackUrl'>> = {
    signIn: 'simulator',
  },
) {
  act(() => {
    handle = mount(element, { settings, ...signIn, crm: createRecordingCrm().crm });
  });
  if (handle === null) throw new Error('mount returned nothing');
  return handle;
}

describe('the Salesforce bundle', () => {
  it('signs in through the simulator picker and starts the core with the admin settings', async () => {
    const user = userEvent.setup();
    const client = mountWith({
      platformBaseUrl: server.url,
      callLogging: true,
      autoAnswer: true,
      ringing: false,
      language: 'en',
    });

    const picker = await screen.findByRole('form', { name: 'Sign in to the ACD platform' });
    await user.click(await within(picker).findByRole('radio', { name: /Alex Morgan/ }));
    await user.click(within(picker).getByRole('button', { name: 'Sign in' }));

    await waitFor(() => {
      expect(client.client?.core.store.getState().session.status).toBe('ready');
    });
    const state = client.client?.core.store.getState();
    expect(state?.settings).toMatchObject({
      callLogging: true,
      autoAnswer: true,
      ringing: false,
      language: 'en',
      platformBaseUrl: server.url,
    });
    expect(screen.queryByRole('form', { name: 'Sign in to the ACD platform' })).toBeNull();

    act(() => {
      client.changeSettings({ callLogging: false, language: 'ja' });
    });
    expect(client.client?.core.store.getState().settings).toMatchObject({
      callLogging: false,
      language: 'ja',
    });
  });

  it("cleans the LWC shell's raw design properties with the core's rules", async () => {
    const user = userEvent.setup();
    let mounted!: SalesforceClient;
    act(() => {
      mounted = mount(element, {
        // As App Builder hands them to the shell: strings, spaces, a trailing slash.
        properties: {
          platformBaseUrl: ` ${server.url}/ `,
          signIn: 'Simulator ',
          callLogging: 'true',
          ringing: 'false',
          defaultLanguage: 'auto',
        },
        userLanguage: 'ja',
        crm: createRecordingCrm().crm,
      });
    });
    handle = mounted;
    // The Salesforce user's language (auto), the simulator's picker (mode in any case).
    const picker = await screen.findByRole('form', { name: 'ACD プラットフォームにサインイン' });
    await user.click(await within(picker).findByRole('radio', { name: /Alex Morgan/ }));
    await user.click(within(picker).getByRole('button', { name: 'サインイン' }));
    await waitFor(() => {
      expect(mounted.client?.core.store.getState().session.status).toBe('ready');
    });
    expect(mounted.client?.core.store.getState().settings).toMatchObject({
      callLogging: true,
      autoAnswer: false,
      ringing: false,
      language: 'ja',
      platformBaseUrl: server.url,
    });

    act(() => {
      mounted.changeProperties({ callLogging: 'false', defaultLanguage: 'en' });
    });
    expect(mounted.client?.core.store.getState().settings).toMatchObject({
      callLogging: false,
      language: 'en',
    });
  });

  it('reuses this tab session after the utility panel is re-created', async () => {
    const first = mountWith({ platformBaseUrl: server.url, language: 'en' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /Alex Morgan/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(first.client?.core.store.getState().session.status).toBe('ready');
    });
    await act(async () => {
      await first.unmount();
    });
    expect(element.childElementCount).toBe(0);

    const second = mountWith({ platformBaseUrl: server.url, language: 'en' });

    expect(screen.queryByRole('form', { name: 'Sign in to the ACD platform' })).toBeNull();
    await waitFor(() => {
      expect(second.client?.core.store.getState().session.status).toBe('ready');
    });
  });

  it('holds calls when the platform stops taking the token and resumes them after a new sign-in, the client kept', async () => {
    const client = mountWith({ platformBaseUrl: server.url, language: 'en', ringing: false });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: /Alex Morgan/ }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(client.client?.core.store.getState().session.status).toBe('ready');
    });
    const mounted = client.client;
    const saved = JSON.parse(sessionStorage.getItem('acd-agent:session') ?? '{}') as {
      accessToken?: string;
    };
    // The platform ends the session (as an expiry does): its next call answers 401.
    const revoked = await fetch(new URL('/api/v2/tokens/me', server.url), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${saved.accessToken ?? ''}` },
    });
    expect(revoked.ok).toBe(true);
    act(() => {
      mounted?.core.api.setPresence('Away');
    });

    const again = await screen.findByRole('region', { name: 'Sign in again' });
    expect(
      within(again).getByText(
        'Your session expired. Sign in again: your chats, replies and wrap-ups wait here and are sent after.',
      ),
    ).toBeTruthy();
    // The same client stays mounted under the prompt; the presence change waits.
    expect(client.client).toBe(mounted);
    expect(mounted?.core.store.getState().session.presence).not.toBe('Away');

    await user.click(await within(again).findByRole('radio', { name: /Alex Morgan/ }));
    await user.click(within(again).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Sign in again' })).toBeNull();
    });
    await waitFor(() => {
      expect(mounted?.core.store.getState().session.presence).toBe('Away');
    });
    expect(client.client).toBe(mounted);
  });

  it('asks the admin to configure the platform when there is none, or no client id', async () => {
    mountWith({ platformBaseUrl: '', language: 'en' }, {});
    expect((await screen.findByRole('alert')).textContent).toMatch(/Platform base URL and OAuth/);
  });

  it('refuses a platform URL without https before any token goes there, saved session or not', async () => {
    const insecure = 'http://api.acd-platform.example.com';
    createSessionStore(sessionStorage).save(insecure, {
      accessToken: 'saved-token',
      expiresAt: Date.now() + 3_600_000,
    });
    const requests = jest.spyOn(globalThis, 'fetch');
    mountWith(
      { platformBaseUrl: insecure, language: 'en' },
      { oauthClientId: 'c-1', callbackUrl: 'https://pages.example/callback/' },
    );

    expect((await screen.findByRole('alert')).textContent).toMatch(/must use https/);
    expect(screen.queryByRole('button', { name: /Sign in/ })).toBeNull();
    expect(requests).not.toHaveBeenCalled();
    requests.mockRestore();
  });

  it('asks for the OAuth client id when the item has none', async () => {
    mountWith({ platformBaseUrl: 'https://api.acd-platform.example.com', language: 'en' }, {});
    expect((await screen.findByRole('alert')).textContent).toMatch(/OAuth client id/);
  });

  it('offers the platform login window for a real platform', async () => {
    mountWith(
      { platformBaseUrl: 'https://api.acd-platform.example.com', language: 'ja' },
      { oauthClientId: 'c-1', callbackUrl: 'https://pages.example/callback/' },
    );

    expect(
      await screen.findByRole('button', { name: 'プラットフォームでサインイン' }),
    ).toBeInTheDocument();
  });

  it('takes everything down on unmount, also while the sign-in shows', async () => {
    const client = mountWith({ platformBaseUrl: server.url, language: 'en' });
    await screen.findByRole('form', { name: 'Sign in to the ACD platform' });

    await act(async () => {
      await client.unmount();
    });

    expect(element.childElementCount).toBe(0);
    expect(client.client).toBeNull();
  });
});

describe('which sign-in the panel shows', () => {
  it('never infers the simulator from a loopback URL: the platform login unless told', async () => {
    mountWith(
      { platformBaseUrl: server.url, language: 'en' },
      {
        oauthClientId: 'c0a1f2e3-0000-4000-8000-00000000a003',
        callbackUrl: `${server.url}/callback/`,
      },
    );
    const form = await screen.findByRole('form', { name: 'Sign in to the ACD platform' });
    expect(within(form).getByRole('button', { name: 'Sign in with the platform' })).toBeTruthy();
    expect(within(form).queryByRole('radio')).toBeNull();
  });

  it('says what is missing when the item has no OAuth client id or callback page', async () => {
    mountWith({ platformBaseUrl: server.url, language: 'ja' }, { oauthClientId: 'x' });
    expect((await screen.findByRole('alert')).textContent).toContain('OAuth クライアント ID');
  });
});
