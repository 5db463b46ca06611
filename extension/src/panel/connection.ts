// The one platform connection of this browser profile. Every open panel (side panel or
// sidebar, in any window) asks for the same Web Lock; the panel holding it runs the core and
// serves it to all panels (itself included) over a BroadcastChannel of the extension's
// origin. When that panel closes, the browser hands the lock to another open panel, which
// starts the core from the session kept in storage.session.
import {
  createBrowserAgent,
  createReauthGate,
  signOutAgent,
  type BrowserAgent,
} from '@acd/shared/embed';
import type { PlatformSession } from '@acd/shared/embed';
import type { Language } from '@acd/shared';
import { createBroadcastChannelTransport } from '@acd/shared';
import { hostAgentCore } from '@acd/shared';
import type { ChatConversation } from '@acd/shared';
import type { ExtensionApi } from '../browser/extensionApi';
import { createAlertNotifier, conversationOfNotification } from '../crm/alertNotifications';
import { createBrowserCrmAdapter, type ConversationContext } from '../crm/browserCrmAdapter';
import type { ExtensionSettings } from '../settings/extensionSettings';
import { createExtensionSessionStore } from '../signIn/sessionStorageArea';

export const CONNECTION_LOCK = 'acd-extension:connection';
export const CONNECTION_CHANNEL = 'acd-extension:core';
export const SIGNED_OUT_CHANNEL = 'acd-extension:signed-out';

export interface ConnectionOptions {
  api: ExtensionApi;
  settings: ExtensionSettings;
  language: Language;
}

/** Queue and attributes of the customer, read from the platform for the screen-pop template. */
async function readConversationContext(
  core: BrowserAgent,
  settings: ExtensionSettings,
  token: () => string | null,
  conversationId: string,
): Promise<ConversationContext> {
  const queue = core.store.getState().interactions.entities[conversationId]?.queue.name;
  try {
    const response = await fetch(
      new URL(
        `/api/v2/conversations/chats/${encodeURIComponent(conversationId)}`,
        settings.platformBaseUrl,
      ),
      { headers: { Authorization: `Bearer ${token() ?? ''}` } },
    );
    if (!response.ok) return { queue, attributes: {} };
    const conversation = (await response.json()) as ChatConversation;
    const customer = conversation.participants.find((p) => p.purpose === 'customer');
    return { queue, attributes: customer?.attributes ?? {} };
  } catch {
    // Without the attributes the pop still opens, with those placeholders empty.
    return { queue, attributes: {} };
  }
}

/** Runs the connection while this page holds the lock; resolves never (the page closes). */
export async function runConnection({ api, settings, language }: ConnectionOptions) {
  const sessions = createExtensionSessionStore(api);
  const saved = await sessions.load(settings.platformBaseUrl);
  let token = saved?.accessToken ?? null;

  const crm = createBrowserCrmAdapter({
    api,
    settings: () => settings,
    language: () => core.store.getState().settings.language,
    conversationContext: (id) => readConversationContext(core, settings, () => token, id),
  });
  const core: BrowserAgent = createBrowserAgent({
    host: 'extension',
    platformBaseUrl: settings.platformBaseUrl,
    accessToken: token,
    // The platform no longer accepts the token: the calls wait (the outbox, drafts and
    // wrap-ups with them) while the panels ask for a new sign-in above the client.
    signIn: () => (token === null ? Promise.resolve(null) : gate.waitForToken()),
    settings: {
      callLogging: settings.callLogging,
      autoAnswer: settings.autoAnswer,
      ringing: settings.ringingDefault,
    },
    language,
    crm,
  });

  const gate = createReauthGate(core.store);

  hostAgentCore(core, createBroadcastChannelTransport(CONNECTION_CHANNEL), {
    hostCalls: {
      /** A panel signed the agent in: keep the session for the browser session and start. */
      signIn: async (session: PlatformSession) => {
        await sessions.save(settings.platformBaseUrl, session);
        token = session.accessToken;
        core.setAccessToken(session.accessToken);
        if (gate.waiting) {
          // Signed in again mid-shift: the waiting calls go on, nothing restarts.
          gate.provide(session.accessToken);
          return;
        }
        await core.api.stop();
        await core.api.start();
      },
      /**
       * A panel signed the agent out (it asked first if work would be lost): revoke the token,
       * forget the stored work and the session. The panels then reload (main.tsx): this
       * page's core still holds the agent's chats in memory, and the next panel to take the
       * lock starts signed out. Resolves with whether the platform was told.
       */
      signOut: async () => {
        const result = await signOutAgent({
          core,
          platformBaseUrl: settings.platformBaseUrl,
          accessToken: token,
          confirmLoss: () => true,
        });
        token = null;
        await sessions.forget().catch(() => undefined);
        // Calls still waiting for a new sign-in fail as expired: nobody is signed in now.
        gate.abandon();
        return result.kind === 'signedOut' && result.revoked;
      },
    },
  });

  const notifier = createAlertNotifier(api, 'icons/icon-128.png');
  const syncNotifications = () => {
    const state = core.store.getState();
    notifier.sync(
      Object.values(state.interactions.entities).flatMap((interaction) =>
        interaction.state === 'alerting'
          ? [
              {
                conversationId: interaction.id,
                customerName: interaction.customer.name,
                queueName: interaction.queue.name,
              },
            ]
          : [],
      ),
      state.settings.language,
    );
  };
  core.store.subscribe(syncNotifications);
  api.notifications.onClicked.addListener((notificationId) => {
    const conversationId = conversationOfNotification(notificationId);
    // The background opens the panel; the connection shows the chat in it.
    if (conversationId !== null) core.api.selectChat(conversationId);
  });
  addEventListener('pagehide', () => {
    notifier.clearAll();
    // The toolbar no longer counts chats nobody watches: a badge left at "2" said the
    // extension still was, while this page's connection went with it. The panel that takes
    // the lock next sets it again.
    crm.setAttention({ alerting: 0, unread: 0, ring: false });
  });

  if (saved !== null) await core.api.start();
  return core;
}
