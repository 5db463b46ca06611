// One panel: the agent client on the profile's one connection. Until that connection has a
// session, the agent signs in here (PKCE through the browser, or the simulator's picker when
// the settings say so) and the session is handed to the connection.
import { Provider } from 'react-redux';
import { PlatformSignIn, SimulatorSignIn, type PlatformSession } from '@acd/shared/embed';
import type { AgentView } from '@acd/shared';
import { AgentApiProvider, AgentApp, useAgentViewState, type AlertRingDeps } from '@acd/shared/ui';
import { extensionText } from '../extensionText';
import type { ResolvedSettings } from '../settings/extensionSettings';

export interface PanelViewProps {
  view: AgentView;
  resolved: ResolvedSettings;
  /** The panel that runs the connection plays the tone; the others stay silent. */
  ring: AlertRingDeps;
  signInWithPlatform: () => Promise<void>;
  handOver: (session: PlatformSession) => Promise<void>;
}

export function PanelView({ view, resolved, ring, signInWithPlatform, handOver }: PanelViewProps) {
  const { store } = view;
  const { state, synced } = useAgentViewState(view);
  const language = state.settings.language;
  const { settings, problems } = resolved;
  if (!synced) return <p role="status">{extensionText(language, 'panel.connecting')}</p>;
  const status = state.session.status;
  if (status === 'ready' || status === 'loading') {
    return (
      <Provider store={store}>
        <AgentApiProvider api={view.api}>
          <AgentApp iconPath="../icons" ring={ring} />
        </AgentApiProvider>
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
  if (settings.signIn === 'simulator') {
    return (
      <>
        {problemList}
        <SimulatorSignIn
          platformBaseUrl={settings.platformBaseUrl}
          language={language}
          onSignedIn={(session) => {
            void handOver(session);
          }}
        />
      </>
    );
  }
  if (settings.oauthClientId === '') {
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
      <PlatformSignIn language={language} onSignIn={signInWithPlatform} />
    </>
  );
}
