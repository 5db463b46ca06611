// The one sign-in every host shows: the simulator's user picker when the deployment says
// `signIn: "simulator"`, else the platform's login by redirect (a page that may leave) or
// by popup and callback page (a CRM panel, or any page signing in again mid-shift).
import type { Language } from '../../features/settings/settingsSlice';
import { embedText } from '../embedText';
import type { PlatformSession } from '../implicitGrant';
import { PlatformSignIn } from '../PlatformSignIn';
import { beginPkceLogin } from '../pkceLogin';
import { SimulatorSignIn } from '../SimulatorSignIn';
import { signInWithPopup } from './popupSignIn';
import type { SignInSettings } from './signInSettings';

export type SignInFlow =
  | { kind: 'popup' }
  /** The page itself is the redirect URI; the verifier waits in this tab's sessionStorage. */
  | { kind: 'redirect'; redirectUri: string }
  /** The browser runs the login window (an extension): see `webAuthFlow`. */
  | {
      kind: 'launcher';
      signIn: (client: { loginBaseUrl: string; clientId: string }) => Promise<PlatformSession>;
    };

export interface SignInProps {
  settings: SignInSettings;
  flow: SignInFlow;
  language: Language;
  notice?: string;
  onSignedIn: (session: PlatformSession) => void;
  /** The window that opens the popup or leaves for the login page. */
  window: Window;
  fetch?: typeof fetch;
}

export function SignIn({
  settings,
  flow,
  language,
  notice,
  onSignedIn,
  window: win,
  fetch: fetchImpl,
}: SignInProps) {
  const noticeProp = notice === undefined ? {} : { notice };
  const fetchProp = fetchImpl === undefined ? {} : { fetch: fetchImpl };
  if (settings.mode === 'simulator') {
    return (
      <SimulatorSignIn
        platformBaseUrl={settings.platformBaseUrl}
        language={language}
        {...noticeProp}
        {...fetchProp}
        onSignedIn={onSignedIn}
      />
    );
  }
  if (settings.clientId === '' || (flow.kind === 'popup' && settings.callbackUrl === '')) {
    return (
      <p role="alert" className="slds-p-around_medium slds-text-color_error" lang={language}>
        {embedText(language, 'signIn.noClient')}
      </p>
    );
  }
  const { loginBaseUrl, clientId, callbackUrl } = settings;
  return (
    <PlatformSignIn
      language={language}
      {...noticeProp}
      onSignIn={async () => {
        if (flow.kind === 'redirect') {
          const pkce = { loginBaseUrl, clientId, redirectUri: flow.redirectUri };
          // The page comes back to the bare redirect URI; its own address returns through this.
          win.location.assign(await beginPkceLogin(pkce, win.sessionStorage, win.location.href));
          return;
        }
        onSignedIn(
          await (flow.kind === 'launcher'
            ? flow.signIn({ loginBaseUrl, clientId })
            : signInWithPopup({ loginBaseUrl, clientId, callbackUrl }, win, fetchProp)),
        );
      }}
    />
  );
}
