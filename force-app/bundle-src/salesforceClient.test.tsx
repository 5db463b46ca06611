import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRecordingCrm } from '../../shared/testing/recordingCrm';
import { isSimulator, mount, type SalesforceClient } from './salesforceClient';
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

function mountWith(settings: Parameters<typeof mount>[1]['settings'], oauthClientId = '') {
  act(() => {
    handle = mount(element, { settings, oauthClientId, crm: createRecordingCrm().crm });
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

  it('asks the admin to configure the platform when there is no client id', async () => {
    mountWith({ platformBaseUrl: 'https://api.acd-platform.example.com', language: 'en' });

    expect((await screen.findByRole('alert')).textContent).toMatch(/Platform base URL and OAuth/);
  });

  it('offers the platform login window for a real platform', async () => {
    mountWith({ platformBaseUrl: 'https://api.acd-platform.example.com', language: 'ja' }, 'c-1');

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

describe('which platform is the simulator', () => {
  it('treats only loopback hosts as the simulator', () => {
    expect(isSimulator('http://127.0.0.1:4010')).toBe(true);
    expect(isSimulator('http://localhost:4010')).toBe(true);
    expect(isSimulator('https://api.acd-platform.example.com')).toBe(false);
    expect(isSimulator('not a url')).toBe(false);
  });
});
