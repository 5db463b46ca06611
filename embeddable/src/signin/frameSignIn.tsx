// Sign-in inside the client frame through the core's one SignIn: the simulator's picker when
// config.json says `signIn: "simulator"`, else the platform's PKCE login in a popup (login
// pages refuse to be framed) that comes back to callback.html beside the client, which hands
// the code to this frame by postMessage. The OAuth client is the one framework.js lists for
// the login host (config.clientIds).
import { createRoot } from 'react-dom/client';
import { SignIn, type PlatformSession, type SignInSettings } from '@acd/shared/embed';
import type { Language } from '@acd/shared';
import type { EmbeddableConfig } from '../config/embeddableConfig';
import { clientIdFor, type FrameworkConfig } from '../framework/frameworkConfig';

export interface FrameSignIn {
  box: HTMLElement;
  win: Window;
  config: EmbeddableConfig;
  frameworkConfig: FrameworkConfig;
  language: Language;
  /** Why the sign-in shows again (after a sign-out the platform could not be told of). */
  notice?: string | undefined;
}

/** The core's sign-in settings for this deployment. */
export function frameSignInSettings(
  config: EmbeddableConfig,
  frameworkConfig: FrameworkConfig,
): SignInSettings {
  // config.json has the platform, login and callback URLs under the core's names.
  return {
    ...config,
    mode: config.signIn,
    // None for the login host: the core's sign-in says the deployment has no OAuth client.
    clientId: clientIdFor(frameworkConfig.clientIds, config.loginBaseUrl) ?? '',
  };
}

/** Resolves once the agent signed in. */
export function signInInFrame(start: FrameSignIn): Promise<PlatformSession> {
  const { box, win, config, language } = start;
  const settings = frameSignInSettings(config, start.frameworkConfig);
  const container = win.document.createElement('main');
  box.replaceChildren(container);
  const root = createRoot(container);
  return new Promise((resolve) => {
    root.render(
      <SignIn
        settings={settings}
        flow={{ kind: 'popup' }}
        language={language}
        window={win}
        {...(start.notice === undefined ? {} : { notice: start.notice })}
        onSignedIn={(session) => {
          root.unmount();
          resolve(session);
        }}
      />,
    );
  });
}
