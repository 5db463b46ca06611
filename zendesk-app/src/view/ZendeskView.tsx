// A sidebar or top-bar instance: the agent client on the background's core. Until the core
// has a session (or when its token expired), the agent signs in here, in a popup that comes
// back to the deployer's callback page; the session goes to the background, whose one core
// every view of this Zendesk tab shares.
import { Provider } from 'react-redux';
import { useState } from 'react';
import {
  embedText,
  selectUnsentWork,
  SignIn,
  SignInAgain,
  SignOutButton,
  type PlatformSession,
  type SignOutResult,
  useSessionHandOver,
} from '@acd/shared/embed';
import type { AgentView, InstallSettingsStore } from '@acd/shared';
import { AgentApiProvider, AgentApp, useAgentViewState, type AlertRingDeps } from '@acd/shared/ui';
import type { AppSettings } from '../settings';
import { zendeskText } from '../crm/zendeskText';

export interface ZendeskViewProps {
  view: AgentView;
  settings: AppSettings;
  /** The app installation's settings (Support API), edited in the admin panel by Zendesk admins. */
  installSettings?: InstallSettingsStore | undefined;
  signIn: (session: PlatformSession) => Promise<void>;
  /** Signs the agent out in the background (every view then shows the sign-in). */
  signOut: () => Promise<SignOutResult>;
}

/**
 * Every sidebar and the top bar show the same core: if each rang, one chat would ring once
 * per open ticket tab. The background rings (a Zendesk notification and the tone).
 */
export const SILENT_VIEW: AlertRingDeps = { playTone: () => undefined, notify: () => undefined };

export function ZendeskView({
  view,
  settings,
  installSettings,
  signIn,
  signOut,
}: ZendeskViewProps) {
  const { state, synced } = useAgentViewState(view);
  /** Set when this view's sign-out could not reach the platform (the token then expires). */
  const [revokeFailed, setRevokeFailed] = useState(false);
  const { status } = state.session;
  const language = state.settings.language;
  const handing = useSessionHandOver(signIn, state, language);
  if (!synced) {
    return <p role="status">{zendeskText(language, 'view.connecting')}</p>;
  }
  const signInPanel = (notice?: string) => (
    <SignIn
      settings={settings.signIn}
      // The Zendesk frame cannot be redirected away, and its asset URL changes per upload.
      flow={{ kind: 'popup' }}
      language={language}
      window={window}
      {...(notice === undefined ? {} : { notice })}
      onSignedIn={handing.handOver}
    />
  );
  if (status === 'ready' || status === 'loading' || status === 'authExpired') {
    return (
      <>
        {status === 'authExpired' && (
          <SignInAgain
            settings={settings.signIn}
            language={language}
            window={window}
            onSignedIn={handing.handOver}
          />
        )}
        <Provider store={view.store}>
          <AgentApiProvider api={view.api}>
            <AgentApp
              ring={SILENT_VIEW}
              {...(installSettings === undefined ? {} : { installSettings })}
            />
          </AgentApiProvider>
        </Provider>
        <SignOutButton
          language={language}
          hasUnsentWork={() => selectUnsentWork(view.store.getState())}
          confirm={(question) => window.confirm(question)}
          signOut={async () => {
            const result = await signOut();
            setRevokeFailed(result.kind === 'signedOut' && !result.revoked);
          }}
        />
      </>
    );
  }
  return signInPanel(revokeFailed ? embedText(language, 'signIn.revokeFailed') : handing.failure);
}
