// A token that expires mid-shift: the core's calls wait on the reauth gate while this region,
// above the still-mounted client, offers the same popup sign-in. Drafts, wrap-ups and the
// outbox stay in the core and go on once the agent is back; nothing is sent twice.
import { createRoot } from 'react-dom/client';
import {
  embedText,
  SignIn,
  type PlatformSession,
  type ReauthGate,
  type SignInSettings,
} from '@acd/shared/embed';
import type { Language } from '@acd/shared';

export interface SignInAgainOptions {
  /** Placed before the client's box; removed on release. */
  before: HTMLElement;
  gate: ReauthGate;
  win: Window;
  settings: SignInSettings;
  language: () => Language;
  onSignedIn: (session: PlatformSession) => void;
}

export interface SignInAgain {
  /** Call when the language changes. */
  relabel(): void;
  /** The client is going away: calls still waiting fail as expired. */
  release(): void;
}

export function showSignInAgainWhenExpired(options: SignInAgainOptions): SignInAgain {
  const { gate, win, settings } = options;
  const box = win.document.createElement('div');
  options.before.before(box);
  const root = createRoot(box);
  let released = false;
  const render = () => {
    if (released) return;
    if (!gate.waiting) {
      root.render(null);
      return;
    }
    const language = options.language();
    root.render(
      <section aria-label={embedText(language, 'signIn.again')} className="slds-m-bottom_small">
        <SignIn
          settings={settings}
          // The client must stay mounted: the login page opens in a popup, never in the frame.
          flow={{ kind: 'popup' }}
          language={language}
          window={win}
          notice={embedText(language, 'signIn.expiredKeep')}
          onSignedIn={(session) => {
            if (released) return;
            options.onSignedIn(session);
            gate.provide(session.accessToken);
          }}
        />
      </section>,
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
      box.remove();
    },
  };
}
