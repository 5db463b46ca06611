// The background instance. The one that leads this browser (leadership.ts) runs the one core
// (platform connection, ringing, outbox) for every sidebar and top bar of every Zendesk tab,
// served to them over a BroadcastChannel; the other tabs' backgrounds wait for the lead.
import {
  createBrowserAgent,
  createReauthGate,
  createSessionStore,
  signOutAgent,
  type PlatformSession,
  type SignOutResult,
} from '@acd/shared/embed';
import { languageFromLocale, createBroadcastChannelTransport, hostAgentCore } from '@acd/shared';
import { createZendeskCrmAdapter } from '../crm/zendeskCrmAdapter';
import { CORE_CHANNEL } from '../instanceChannel';
import { createRingRequester, RING_CHANNEL } from '../ring/ringChannel';
import { createRouteRequester, ROUTE_CHANNEL } from '../viewRequests/routeInView';
import {
  createZendeskInstallSettings,
  watchInstallSettings,
} from '../installSettings/zendeskInstallSettings';
import { coreSettingsFrom, readAppSettings } from '../settings';
import type { ZafClient } from '../zaf/zafClient';
import { browserLocks, whenLeader } from './leadership';
import { createTicketTracker } from './ticketTracker';
import { asTicketInView } from '../crm/ticketInView';

/**
 * The session lives in the app origin's localStorage, not one tab's sessionStorage: the
 * background that takes the lead when the leader's tab closes goes on with it. Sign-out (or
 * a refused token) removes it.
 */
function localStorageOrNull(): Storage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

/**
 * How often the leader re-reads the installation's settings: ZAF hands a loaded app the
 * metadata it registered with, so another browser's admin change arrives this way.
 */
export const INSTALL_SETTINGS_REREAD_MS = 60_000;

export function startBackground(client: ZafClient): Promise<void> {
  return whenLeader(browserLocks(), () => leadCore(client));
}

async function leadCore(client: ZafClient) {
  const metadata = await client.metadata();
  const settings = readAppSettings(metadata);
  const localeAnswer = await client
    .get('currentUser.locale')
    .catch((): Record<string, unknown> => ({}));
  const locale = localeAnswer['currentUser.locale'];
  const language = languageFromLocale(typeof locale === 'string' ? locale : undefined);
  const tickets = createTicketTracker();
  const webStorage = localStorageOrNull();
  const sessions = webStorage === null ? null : createSessionStore(webStorage);
  const saved = sessions?.load(settings.platformBaseUrl) ?? null;

  const core = createBrowserAgent({
    host: 'zendesk',
    platformBaseUrl: settings.platformBaseUrl,
    accessToken: saved?.accessToken ?? null,
    // Without a token the core waits signed out until a view signs in (host.signIn). A token
    // that expires mid-shift holds the calls on the gate while the views ask for a new one.
    signIn: () => (hadToken ? gate.waitForToken() : Promise.resolve(null)),
    settings: coreSettingsFrom(settings),
    language,
    crm: createZendeskCrmAdapter({
      client,
      language: () => core.store.getState().settings.language,
      ticketInView: () => tickets.current(),
      // The one ring of this Zendesk tab plays in a view the agent has clicked in (this
      // hidden frame cannot start audio); unheard, the notification stays (sticky).
      ringInView: createRingRequester(createBroadcastChannelTransport(RING_CHANNEL)),
      // The pop opens where the agent looks, which may be another Zendesk tab than this one.
      routeInView: createRouteRequester(createBroadcastChannelTransport(ROUTE_CHANNEL)),
    }),
  });

  let hadToken = saved !== null;
  /** The token the core uses now: sign-out revokes it. */
  let token = saved?.accessToken ?? null;
  const gate = createReauthGate(core.store);

  hostAgentCore(core, createBroadcastChannelTransport(CORE_CHANNEL), {
    hostCalls: {
      /** A view signed the agent in: keep the session for this tab and (re)start the core. */
      signIn: async (session: PlatformSession) => {
        sessions?.save(settings.platformBaseUrl, session);
        core.setAccessToken(session.accessToken);
        token = session.accessToken;
        hadToken = true;
        if (gate.waiting) {
          // Signed in again mid-shift: the waiting calls go on, nothing restarts.
          gate.provide(session.accessToken);
          return;
        }
        await core.api.stop();
        await core.api.start();
      },
      /**
       * A view's Sign out, after the agent agreed there (the view asks when unsent work would
       * be lost): the core's sign-out stops the core, forgets the stored work, empties the
       * store every view mirrors and revokes the token.
       */
      signOut: async (): Promise<SignOutResult> => {
        const result = await signOutAgent({
          core,
          platformBaseUrl: settings.platformBaseUrl,
          accessToken: token,
          confirmLoss: () => true,
        });
        sessions?.forget();
        core.setAccessToken(null);
        token = null;
        hadToken = false;
        // Calls still waiting for a new sign-in fail as expired: nobody is signed in now.
        gate.abandon();
        return result;
      },
      ticketInView: (instanceGuid: string, inView: boolean, ticket?: unknown) => {
        tickets.report(instanceGuid, inView, asTicketInView(ticket));
      },
    },
  });

  if (typeof metadata.installationId === 'number') {
    // The leader only reads: an admin's change from a view reaches this core at once
    // (the view applies it), one from another browser within a minute.
    const installation = createZendeskInstallSettings({
      client,
      installationId: metadata.installationId,
      role: undefined,
    });
    watchInstallSettings(
      installation,
      settings,
      (changed) => {
        core.api.changeSettings({
          callLogging: changed.callLogging,
          autoAnswer: changed.autoAnswer,
        });
      },
      INSTALL_SETTINGS_REREAD_MS,
    );
  }

  if (saved !== null) await core.api.start();
}
