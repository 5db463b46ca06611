// A ticket sidebar or the top bar: show the core of this browser's leading background, report which
// ticket is in view, and keep the frame as tall as the content.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectAgentView, createBroadcastChannelTransport } from '@acd/shared';
import { hasUserActivation, playAlertTone } from '@acd/shared/ui';
import type { SignOutResult } from '@acd/shared/embed';
import { CORE_CHANNEL } from '../instanceChannel';
import { answerRings, RING_CHANNEL } from '../ring/ringChannel';
import { answerRoutes, ROUTE_CHANNEL } from '../viewRequests/routeInView';
import { readAppSettings } from '../settings';
import type { ZafClient, ZafContext } from '../zaf/zafClient';
import { createZendeskInstallSettings } from '../installSettings/zendeskInstallSettings';
import { fitToContent } from './fitToContent';
import { TOP_BAR_WIDTH } from './frameSize';
import { createTicketReporter } from '../crm/ticketInView';
import { ZendeskView } from './ZendeskView';

export async function startView(client: ZafClient, context: ZafContext, element: HTMLElement) {
  const metadata = await client.metadata();
  const settings = readAppSettings(metadata);
  // The installation's settings are written from a view: its Zendesk user's role decides.
  const roleAnswer = await client
    .get('currentUser.role')
    .catch((): Record<string, unknown> => ({}));
  const role = roleAnswer['currentUser.role'];
  const installSettings =
    typeof metadata.installationId === 'number'
      ? createZendeskInstallSettings({
          client,
          installationId: metadata.installationId,
          role: typeof role === 'string' ? role : undefined,
        })
      : undefined;
  // The leading background of this browser (in this Zendesk tab or another) answers here.
  const view = connectAgentView(createBroadcastChannelTransport(CORE_CHANNEL));
  // This frame rings for the tab when the background asks and the agent has clicked here.
  const rings = createBroadcastChannelTransport(RING_CHANNEL);
  answerRings(rings, {
    view: context.instanceGuid,
    canRing: () => hasUserActivation(),
    play: playAlertTone,
  });

  if (context.location === 'ticket_sidebar') {
    // With the ticket this sidebar shows: the leading background may be in another tab,
    // where this sidebar's client cannot be reached.
    const report = createTicketReporter(client, (inView, ticket) =>
      view.replica.call(['host', 'ticketInView'], [context.instanceGuid, inView, ticket]),
    );
    void report(true);
    client.on('app.activated', () => void report(true));
    client.on('app.deactivated', () => void report(false));
    client.on('app.willDestroy', () => void report(false));
  }
  // This frame opens the screen pop's record when its tab is where the agent looks.
  const routes = createBroadcastChannelTransport(ROUTE_CHANNEL);
  answerRoutes(routes, { view: context.instanceGuid, client, document });
  window.addEventListener('pagehide', () => {
    view.close();
    rings.close();
    routes.close();
  });

  createRoot(element).render(
    <StrictMode>
      <ZendeskView
        view={view}
        settings={settings}
        installSettings={installSettings}
        signIn={async (session) => {
          await view.replica.call(['host', 'signIn'], [session]);
        }}
        signOut={() => view.replica.call(['host', 'signOut'], []) as Promise<SignOutResult>}
      />
    </StrictMode>,
  );
  // The top bar has no tray to follow: it resizes with an explicit width.
  fitToContent(client, document.body, {
    width: context.location === 'top_bar' ? TOP_BAR_WIDTH : '100%',
  });
}
