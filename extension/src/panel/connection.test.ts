// The profile's one connection when the platform stops accepting the token mid-shift (it
// expired, or was revoked): the panels must ask for a new sign-in above the client while the
// reply the agent sent waits, and the new sign-in lets it go out once. It used to forget the
// session and return no token: the client looked signed in, the reply waited for ever, and
// the only way out, Sign out, threw the unsent work away.
import { connectAgentView, createBroadcastChannelTransport } from '@acd/shared';
import type { AgentView } from '@acd/shared';
import type { ExtensionApi, StorageAreaLike } from '../browser/extensionApi';
import { DEFAULT_SETTINGS } from '../settings/extensionSettings';
import { CONNECTION_CHANNEL, runConnection } from './connection';
import {
  startSimulator,
  SEED_IDS,
  type SimulatorSession,
} from '../../../shared/testing/simulatorSession';
import { waitFor } from '../../../shared/testing/waitFor';

function memoryArea(): StorageAreaLike & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: (keys) => {
      const wanted = typeof keys === 'string' ? [keys] : (keys ?? Object.keys(data));
      return Promise.resolve(Object.fromEntries(wanted.map((key) => [key, data[key]])));
    },
    set: (items) => {
      Object.assign(data, items);
      return Promise.resolve();
    },
    remove: (keys) => {
      for (const key of [keys].flat()) Reflect.deleteProperty(data, key);
      return Promise.resolve();
    },
  };
}

/** The browser APIs the connection touches, doing nothing visible. */
function quietBrowser(session: StorageAreaLike): ExtensionApi {
  const done = () => Promise.resolve();
  return {
    storage: {
      local: memoryArea(),
      session,
      managed: memoryArea(),
      onChanged: { addListener: () => undefined },
    },
    action: { setBadgeText: done, setBadgeBackgroundColor: done, setTitle: done },
    tabs: {
      create: () => Promise.resolve({}),
      get: () => Promise.resolve({}),
      update: () => Promise.resolve({}),
    },
    windows: { update: () => Promise.resolve({}) },
    notifications: {
      create: (id) => Promise.resolve(id),
      clear: () => Promise.resolve(true),
      onClicked: { addListener: () => undefined },
    },
    runtime: { getURL: (path) => path, openOptionsPage: done },
  };
}

// The connection listens for its page going away; jest's Node has no window events.
beforeAll(() => {
  Object.assign(globalThis, { addEventListener: () => undefined });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'addEventListener');
});

let sim: SimulatorSession;
let view: AgentView | undefined;
let stopCore: (() => Promise<void>) | undefined;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  view?.close();
  await stopCore?.();
  await sim.stop();
});

describe('the extension connection, token refused mid-shift', () => {
  it('asks the panels for a new sign-in and sends the waiting reply once after it', async () => {
    const session = memoryArea();
    const token = await sim.signIn(SEED_IDS.agentAlex);
    session.data.platformSession = {
      accessToken: token,
      expiresAt: Date.now() + 3_600_000,
      platformBaseUrl: sim.server.url,
    };
    const core = await runConnection({
      api: quietBrowser(session),
      settings: { ...DEFAULT_SETTINGS, platformBaseUrl: sim.server.url, signIn: 'simulator' },
      language: 'en',
    });
    stopCore = () => core.api.stop();
    const panel = connectAgentView(createBroadcastChannelTransport(CONNECTION_CHANNEL));
    view = panel;
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'the socket',
    });
    panel.api.setPresence('On Queue');
    await waitFor(() => core.store.getState().session.presence === 'On Queue', {
      what: 'On Queue',
    });
    const cid = await sim.startChat('Pat Lee');
    await waitFor(() => core.store.getState().interactions.entities[cid], { what: 'the alert' });
    panel.api.pickUp(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid]?.state === 'connected', {
      what: 'the pick-up',
    });

    const revoked = await fetch(`${sim.server.url}/api/v2/tokens/me`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(revoked.ok).toBe(true);
    panel.api.typeReply(cid, 'Your parcel ships today');
    panel.api.sendReply(cid);

    await waitFor(() => panel.store.getState().session.status === 'authExpired', {
      what: 'the panel asking for a new sign-in',
    });
    expect(Object.values(core.store.getState().outbox.entities)).toHaveLength(1);

    const renewed = await sim.signIn(SEED_IDS.agentAlex);
    await panel.replica.call(
      ['host', 'signIn'],
      [{ accessToken: renewed, expiresAt: Date.now() + 3_600_000 }],
    );
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the reply sent' });
    await waitFor(() => panel.store.getState().session.status === 'ready', {
      what: 'the panel signed in again',
    });
    const copies = sim.engine
      .conversation(cid)
      .messages.filter((message) => message.body === 'Your parcel ships today');
    expect(copies).toHaveLength(1);
    expect(session.data.platformSession).toMatchObject({ accessToken: renewed });
  });
});

describe('the extension connection, its page going away', () => {
  it('clears the toolbar badge it set: nobody watches the chats any more', async () => {
    const listeners = new Map<string, () => void>();
    Object.assign(globalThis, {
      addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    });
    const session = memoryArea();
    session.data.platformSession = {
      accessToken: await sim.signIn(SEED_IDS.agentAlex),
      expiresAt: Date.now() + 3_600_000,
      platformBaseUrl: sim.server.url,
    };
    const badges: string[] = [];
    const api = quietBrowser(session);
    api.action = {
      ...api.action,
      setBadgeText: ({ text }) => {
        badges.push(text);
        return Promise.resolve();
      },
    };
    const core = await runConnection({
      api,
      settings: { ...DEFAULT_SETTINGS, platformBaseUrl: sim.server.url, signIn: 'simulator' },
      language: 'en',
    });
    stopCore = () => core.api.stop();
    await waitFor(() => core.store.getState().connection.status === 'connected', {
      what: 'the socket',
    });
    core.api.setPresence('On Queue');
    await waitFor(() => core.store.getState().session.presence === 'On Queue', {
      what: 'On Queue',
    });
    const cid = await sim.startChat('Pat Lee');
    await waitFor(() => core.store.getState().interactions.entities[cid], { what: 'the alert' });
    await waitFor(() => (badges.at(-1) ?? '') !== '', { what: 'the badge counting the alert' });

    listeners.get('pagehide')?.();
    expect(badges.at(-1)).toBe('');
  });
});
