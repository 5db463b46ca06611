// A ticket sidebar or the top bar: find this tab's background, show its core, report which
// ticket is in view, and keep the frame as tall as the content.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectAgentView, createBroadcastChannelTransport } from '@acd/shared';
import { channelName, findBackgroundInstance } from '../instanceChannel';
import { readAppSettings } from '../settings';
import type { ZafClient, ZafContext } from '../zaf/zafClient';
import { fitToContent } from './fitToContent';
import { ZendeskView } from './ZendeskView';

export async function startView(client: ZafClient, context: ZafContext, element: HTMLElement) {
  const settings = readAppSettings(await client.metadata());
  const backgroundGuid = await findBackgroundInstance(client);
  const view = connectAgentView(createBroadcastChannelTransport(channelName(backgroundGuid)));

  if (context.location === 'ticket_sidebar') {
    const report = (inView: boolean) =>
      view.replica
        .call(['host', 'ticketInView'], [context.instanceGuid, inView])
        .catch(() => undefined);
    void report(true);
    client.on('app.activated', () => void report(true));
    client.on('app.deactivated', () => void report(false));
    client.on('app.willDestroy', () => void report(false));
  }
  window.addEventListener('pagehide', () => {
    view.close();
  });

  createRoot(element).render(
    <StrictMode>
      <ZendeskView
        view={view}
        settings={settings}
        signIn={async (session) => {
          await view.replica.call(['host', 'signIn'], [session]);
        }}
      />
    </StrictMode>,
  );
  fitToContent(client, document.body);
}
