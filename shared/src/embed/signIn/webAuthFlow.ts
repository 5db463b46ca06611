// Sign-in where the browser itself runs the login window and hands back the address it was
// redirected to (an extension's identity.launchWebAuthFlow): PKCE as in every host, the
// verifier and state in this function's memory only, the state checked, the code traded.
// Kept out of SignIn.tsx so only the host that passes this flow bundles it.
import type { PlatformSession } from '../implicitGrant';
import { authorizeUrl, createRandomToken, exchangeCode, SignInError } from '../pkce';
import type { SignInFlow } from './SignIn';

export interface WebAuthFlowLauncher {
  /** The redirect URI the browser intercepts (identity.getRedirectURL()). */
  redirectUri: string;
  /** Opens the login at `url`; resolves with the redirect's full address. */
  launch: (url: string) => Promise<string | undefined>;
  fetch?: typeof fetch;
}

export async function signInWithWebAuthFlow(
  client: { loginBaseUrl: string; clientId: string },
  launcher: WebAuthFlowLauncher,
): Promise<PlatformSession> {
  const pkce = { ...client, redirectUri: launcher.redirectUri };
  const request = { verifier: createRandomToken(), state: createRandomToken() };
  let redirected: string | undefined;
  try {
    redirected = await launcher.launch(await authorizeUrl(pkce, request));
  } catch (error) {
    // The browser rejects when the agent closes the window (Chrome: "The user did not
    // approve access.") or the login never reaches the redirect URI.
    throw new SignInError(error instanceof Error ? error.message : String(error), 'cancelled');
  }
  if (redirected === undefined)
    throw new SignInError('The sign-in window was closed.', 'cancelled');
  const params = new URL(redirected).searchParams;
  const error = params.get('error');
  const code = params.get('code');
  if (error !== null || code === null) {
    const detail = params.get('error_description') ?? error ?? 'The platform sent no code.';
    throw new SignInError(detail, error === 'access_denied' ? 'cancelled' : 'refused');
  }
  return exchangeCode(
    pkce,
    request,
    { code, state: params.get('state') },
    {
      ...(launcher.fetch === undefined ? {} : { fetch: launcher.fetch }),
    },
  );
}

/** The SignIn flow of a host whose browser runs the login window. */
export function webAuthFlow(launcher: WebAuthFlowLauncher): SignInFlow {
  return {
    kind: 'launcher',
    signIn: (client) => signInWithWebAuthFlow(client, launcher),
  };
}
