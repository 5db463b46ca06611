// The background instance: the one core (platform connection, ringing, outbox) for every
// sidebar and the top bar of this Zendesk tab, served to them over a BroadcastChannel.
import {
  createBrowserAgent,
  createReauthGate,
  createSessionStore,
  type PlatformSession,
} from '@acd/shared/embed';
import { languageFromLocale, createBroadcastChannelTransport, hostAgentCore } from '@acd/shared';
import { createZendeskCrmAdapter } from '../crm/zendeskCrmAdapter';
import { channelName } from '../instanceChannel';
import { createRingRequester, ringChannelName } from '../ring/ringChannel';
import { coreSettingsFrom, readAppSettings } from '../settings';
import type { ZafClient, ZafContext } from '../zaf/zafClient';
import { createTicketTracker } from './ticketTracker';

function sessionStorageOrNull(): Storage | null {
  try {
    return globalThis.sessionStorage;
  } catch {
    return null;
  }
}

export async function startBackground(client: ZafClient, context: ZafContext) {
  const settings = readAppSettings(await client.metadata());
  const localeAnswer = await client
    .get('currentUser.locale')
    .catch((): Record<string, unknown> => ({}));
  const locale = localeAnswer['currentUser.locale'];
  const language = languageFromLocale(typeof locale === 'string' ? locale : undefined);
  const tickets = createTicketTracker();
  const webStorage = sessionStorageOrNull();
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
      ticketInView: () => {
        const guid = tickets.current();
        return guid === null ? null : client.instance(guid);
      },
      // The one ring of this Zendesk tab plays in a view the agent has clicked in (this
      // hidden frame cannot start audio); unheard, the notification stays (sticky).
      ringInView: createRingRequester(
        createBroadcastChannelTransport(ringChannelName(context.instanceGuid)),
      ),
    }),
  });

  let hadToken = saved !== null;
  const gate = createReauthGate(core.store);

  let starting: Promise<void> | null = null;
  const start = () => {
    starting ??= core.api.start().finally(() => {
      starting = null;
    });
    return starting;
  };

  hostAgentCore(core, createBroadcastChannelTransport(channelName(context.instanceGuid)), {
    hostCalls: {
      /** A view signed the agent in: keep the session for this tab and (re)start the core. */
      signIn: async (session: PlatformSession) => {
        sessions?.save(settings.platformBaseUrl, session);
        core.setAccessToken(session.accessToken);
        hadToken = true;
        if (gate.waiting) {
          // Signed in again mid-shift: the waiting calls go on, nothing restarts.
          gate.provide(session.accessToken);
          return;
        }
        await core.api.stop();
        await start();
      },
      ticketInView: (instanceGuid: string, inView: boolean) => {
        tickets.report(instanceGuid, inView);
      },
    },
  });

  if (saved !== null) await start();
}
