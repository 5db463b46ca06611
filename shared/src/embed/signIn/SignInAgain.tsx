// "Sign in again": a token that expired mid-shift. The region sits above the still-mounted
// client and offers the platform's login in a popup (never a redirect: the client and its
// drafts, wrap-ups and outbox stay on the page while the core's calls wait on the reauth
// gate). Every host shows this one region, with the same name and notice.
import { createRoot } from 'react-dom/client';
import type { Language } from '../../features/settings/settingsSlice';
import { embedText } from '../embedText';
import type { PlatformSession } from '../implicitGrant';
import type { ReauthGate } from './reauthGate';
import { SignIn, type SignInFlow } from './SignIn';
import type { SignInSettings } from './signInSettings';

export interface SignInAgainProps {
  settings: SignInSettings;
  language: Language;
  /** The window that opens the popup. */
  window: Window;
  onSignedIn: (session: PlatformSession) => void;
  /** How the login window opens: a popup unless the host has its own (an extension). */
  flow?: SignInFlow;
}

export function SignInAgain({
  settings,
  language,
  window: win,
  onSignedIn,
  flow = { kind: 'popup' },
}: SignInAgainProps) {
  return (
    <section aria-label={embedText(language, 'signIn.again')} className="slds-m-bottom_small">
      <SignIn
        settings={settings}
        flow={flow}
        language={language}
        window={win}
        notice={embedText(language, 'signIn.expiredKeep')}
        onSignedIn={onSignedIn}
      />
    </section>
  );
}

export interface SignInAgainRegionOptions {
  /** The host's element above the client; the region renders inside it. */
  container: HTMLElement;
  gate: ReauthGate;
  window: Window;
  /** The deployment's sign-in; null when it has none (the host says why elsewhere). */
  settings: () => SignInSettings | null;
  language: () => Language;
  /** The host keeps the new session (saves it, uses its token); the gate then lets calls go on. */
  onSignedIn: (session: PlatformSession) => void;
}

export interface SignInAgainRegion {
  /** Render again: the language (or the settings) changed. */
  relabel(): void;
  /** The client is going away: calls still waiting fail as expired. */
  release(): void;
}

/** Shows SignInAgain in `container` while calls wait on the gate, and nothing otherwise. */
export function showSignInAgainWhenExpired(options: SignInAgainRegionOptions): SignInAgainRegion {
  const { gate } = options;
  const root = createRoot(options.container);
  let released = false;
  const render = () => {
    if (released) return;
    const settings = options.settings();
    if (!gate.waiting || settings === null) {
      root.render(null);
      return;
    }
    root.render(
      <SignInAgain
        settings={settings}
        language={options.language()}
        window={options.window}
        onSignedIn={(session) => {
          if (released) return;
          options.onSignedIn(session);
          gate.provide(session.accessToken);
        }}
      />,
    );
  };
  const unsubscribe = gate.subscribe(render);
  return {
    relabel: render,
    release() {
      released = true;
      unsubscribe();
      gate.abandon();
      root.unmount();
    },
  };
}
