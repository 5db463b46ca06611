// A sidebar or top-bar instance: the agent client on the background's core. Until the core
// has a session, the agent signs in here and the session is handed to the background.
import { useSyncExternalStore } from 'react';
import { Provider } from 'react-redux';
import { SimulatorSignIn, type PlatformSession } from '@acd/shared/embed';
import type { AgentView } from '@acd/shared';
import { AgentApiProvider, AgentApp, type AlertRingDeps } from '@acd/shared/ui';
import type { AppSettings } from '../settings';
import { zendeskText } from '../crm/zendeskText';

export interface ZendeskViewProps {
  view: AgentView;
  settings: AppSettings;
  signIn: (session: PlatformSession) => Promise<void>;
}

/**
 * Every sidebar and the top bar show the same core: if each rang, one chat would ring once
 * per open ticket tab. The background rings (a Zendesk notification and the tone).
 */
export const SILENT_VIEW: AlertRingDeps = { playTone: () => undefined, notify: () => undefined };

export function ZendeskView({ view, settings, signIn }: ZendeskViewProps) {
  const { store, replica } = view;
  const state = useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.getState(),
  );
  const synced = useSyncExternalStore(
    (listener) => replica.subscribe(listener),
    () => replica.isSynced(),
  );
  const { status } = state.session;
  const language = state.settings.language;
  if (!synced) {
    return <p role="status">{zendeskText(language, 'view.connecting')}</p>;
  }
  if (status === 'ready' || status === 'loading') {
    return (
      <Provider store={view.store}>
        <AgentApiProvider api={view.api}>
          <AgentApp ring={SILENT_VIEW} />
        </AgentApiProvider>
      </Provider>
    );
  }
  if (settings.oauthClientId !== '') {
    // The platform's PKCE sign-in needs a popup and a redirect page; not in this version.
    return <p role="alert">{zendeskText(language, 'view.signInUnavailable')}</p>;
  }
  return (
    <SimulatorSignIn
      platformBaseUrl={settings.platformBaseUrl}
      language={language}
      onSignedIn={(session) => {
        void signIn(session);
      }}
    />
  );
}
