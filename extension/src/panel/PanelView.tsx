// One panel: the agent client on the profile's one connection. Until that connection has a
// session, the agent signs in here (PKCE through the browser, or the simulator's picker when
// the settings say so) and the session is handed to the connection.
import { useState } from 'react';
import { Provider } from 'react-redux';
import {
  SignIn,
  SignInAgain,
  SignOutButton,
  embedText,
  selectUnsentWork,
  useSessionHandOver,
  type PlatformSession,
  type SignInFlow,
} from '@acd/shared/embed';
import type { AgentView } from '@acd/shared';
import { AgentApiProvider, AgentApp, useAgentViewState, type AlertRingDeps } from '@acd/shared/ui';
import { extensionText } from '../extensionText';
import type { ResolvedSettings } from '../settings/extensionSettings';
import { extensionSignInSettings } from '../signIn/webAuthFlowSignIn';

export interface PanelViewProps {
  view: AgentView;
  resolved: ResolvedSettings;
  /** The panel that runs the connection plays the tone; the others stay silent. */
  ring: AlertRingDeps;
  /** identity.launchWebAuthFlow through the core's PKCE; null without the identity API. */
  signInFlow: SignInFlow | null;
  /** Signs the agent out through the connection; false if the platform could not be told. */
  signOut: () => Promise<boolean>;
  handOver: (session: PlatformSession) => Promise<void>;
}

export function PanelView({ view, resolved, ring, signInFlow, signOut, handOver }: PanelViewProps) {
  const { store } = view;
  const { state, synced } = useAgentViewState(view);
  // Kept here, not in the button: once signed out the button is gone and the sign-in says it.
  const [revokeFailed, setRevokeFailed] = useState(false);
  const language = state.settings.language;
  const handing = useSessionHandOver(handOver, state, language);
  const { settings, problems } = resolved;
  if (!synced) return <p role="status">{extensionText(language, 'panel.connecting')}</p>;
  const status = state.session.status;
  // Only reached with the simulator's picker when there is no identity API.
  const flow = signInFlow ?? { kind: 'popup' as const };
  if (status === 'ready' || status === 'loading' || status === 'authExpired') {
    return (
      <Provider store={store}>
        {status === 'authExpired' && (
          <SignInAgain
            settings={extensionSignInSettings(settings)}
            flow={flow}
            language={language}
            window={window}
            onSignedIn={handing.handOver}
          />
        )}
        <AgentApiProvider api={view.api}>
          <AgentApp iconPath="../icons" ring={ring} />
        </AgentApiProvider>
        <SignOutButton
          language={language}
          hasUnsentWork={() => selectUnsentWork(store.getState())}
          confirm={(question) => window.confirm(question)}
          signOut={async () => {
            // The panel running the connection signs out (main.tsx); this panel then reloads,
            // or stays to say that the platform could not be told.
            setRevokeFailed(!(await signOut()));
          }}
        />
      </Provider>
    );
  }
  const problemList =
    problems.length === 0 ? null : (
      <ul
        className="slds-m-around_medium"
        aria-label={extensionText(language, 'panel.openOptions')}
      >
        {problems.map((problem) => (
          <li key={`${problem.source}:${problem.key}`}>
            {extensionText(language, 'panel.settingsProblem', { message: problem.message })}
          </li>
        ))}
      </ul>
    );
  if (settings.signIn !== 'simulator' && (settings.oauthClientId === '' || signInFlow === null)) {
    return (
      <>
        {problemList}
        <p role="alert" className="slds-m-around_medium">
          {extensionText(language, 'panel.needsClientId')}
        </p>
      </>
    );
  }
  return (
    <>
      {problemList}
      <SignIn
        settings={extensionSignInSettings(settings)}
        flow={flow}
        language={language}
        {...(revokeFailed
          ? { notice: embedText(language, 'signIn.revokeFailed') }
          : handing.failure === undefined
            ? {}
            : { notice: handing.failure })}
        window={window}
        onSignedIn={handing.handOver}
      />
    </>
  );
}
