// The side panel (Chrome) / sidebar (Firefox) page. Every panel shows the profile's one
// connection; the panel holding the connection lock also runs it (connection.ts).
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { languageFromLocale } from '@acd/shared';
import { connectAgentView } from '@acd/shared';
import { createBroadcastChannelTransport } from '@acd/shared';
import { playAlertTone } from '@acd/shared/ui';
import type { AlertRingDeps } from '@acd/shared/ui';
import type { PlatformSession } from '@acd/shared/embed';
import { extensionApi } from '../browser/extensionApi';
import { extensionText } from '../extensionText';
import { loadSettings } from '../settings/loadSettings';
import { extensionSignInFlow } from '../signIn/webAuthFlowSignIn';
import {
  CONNECTION_CHANNEL,
  CONNECTION_LOCK,
  SIGNED_OUT_CHANNEL,
  runConnection,
} from './connection';
import { PanelView } from './PanelView';

const root = document.getElementById('root') ?? document.body;

const SILENT: AlertRingDeps = { playTone: () => undefined, notify: () => undefined };
// System notifications come from the connection (one per alerting chat), so never from the UI.
const LEADER: AlertRingDeps = { playTone: playAlertTone, notify: () => undefined };

let leading = false;
const leadListeners = new Set<() => void>();
const leadership = {
  subscribe: (listener: () => void) => {
    leadListeners.add(listener);
    return () => leadListeners.delete(listener);
  },
  get: () => leading,
};

async function main() {
  const api = extensionApi();
  const resolved = await loadSettings(api);
  const { settings } = resolved;
  const language =
    settings.language === 'auto' ? languageFromLocale(navigator.language) : settings.language;
  document.documentElement.lang = language;

  // Held until this page goes away; the browser then gives it to the next panel waiting.
  void navigator.locks.request(CONNECTION_LOCK, async () => {
    leading = true;
    for (const listener of leadListeners) listener();
    await runConnection({ api, settings, language });
    await new Promise<never>(() => undefined);
  });

  const view = connectAgentView(createBroadcastChannelTransport(CONNECTION_CHANNEL));
  addEventListener('pagehide', () => {
    view.close();
  });
  const handOver = async (session: PlatformSession) => {
    await view.replica.call(['host', 'signIn'], [session]);
  };
  // After a sign-out every panel reloads: the mirrored client must not keep showing the
  // agent's chats, and the next core (in whichever panel takes the lock) starts signed out.
  const signedOut = new BroadcastChannel(SIGNED_OUT_CHANNEL);
  signedOut.onmessage = () => {
    location.reload();
  };
  const signOut = async () => {
    const revoked = (await view.replica.call(['host', 'signOut'], [])) === true;
    signedOut.postMessage('signedOut');
    if (revoked) location.reload();
    return revoked;
  };
  const signInFlow = extensionSignInFlow(api);

  function Panel() {
    const isLeader = useSyncExternalStore(leadership.subscribe, leadership.get);
    return (
      <PanelView
        view={view}
        resolved={resolved}
        ring={isLeader ? LEADER : SILENT}
        handOver={handOver}
        signInFlow={signInFlow}
        signOut={signOut}
      />
    );
  }

  createRoot(root).render(
    <StrictMode>
      <Panel />
    </StrictMode>,
  );
}

main().catch((error: unknown) => {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = extensionText(languageFromLocale(navigator.language), 'panel.failed', {
    reason: error instanceof Error ? error.message : String(error),
  });
  root.replaceChildren(message);
});
