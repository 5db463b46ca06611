// The standalone client's life in one element: find a session (implicit-grant fragment, PKCE
// redirect, this tab's saved session), else show the sign-in; mount the client; when the
// token expires mid-shift, ask for a new sign-in above the client (a popup, so the page and
// its unsent work stay); on sign-out revoke the token and forget the agent's stored work.
import { createRoot, type Root } from 'react-dom/client';
import {
  completePkceLogin,
  createBrowserAgent,
  createPageAttention,
  createReauthGate,
  createSessionStore,
  embedText,
  mountAgentClient,
  parseImplicitGrantFragment,
  showSignInAgainWhenExpired,
  SignIn,
  signInFailureText,
  signOutAgent,
  withoutFragment,
  type MountedAgentClient,
  type PlatformSession,
} from '@acd/shared/embed';
import type { StandaloneConfig } from './standaloneConfig';

export interface StandaloneHost {
  element: HTMLElement;
  window: Window;
  config: StandaloneConfig;
}

export async function startStandalone({ element, window: win, config }: StandaloneHost) {
  const doc = win.document;
  const sessions = createSessionStore(win.sessionStorage);
  let signInRoot: Root | null = null;
  let client: (MountedAgentClient & { release: () => void }) | null = null;

  const fresh = (tag: 'div' | 'main' = 'div'): HTMLElement => {
    const container = doc.createElement(tag);
    element.replaceChildren(container);
    return container;
  };

  const showSignIn = (notice?: string) => {
    signInRoot?.unmount();
    // The sign-in is the page's main content; the agent UI brings its own <main>.
    signInRoot = createRoot(fresh('main'));
    signInRoot.render(
      <SignIn
        settings={config.signIn}
        flow={{ kind: 'redirect', redirectUri: config.redirectUri }}
        language={config.language}
        window={win}
        {...(notice === undefined ? {} : { notice })}
        onSignedIn={(session) => {
          sessions.save(config.platformBaseUrl, session);
          // Asked during the click, when browsers allow the permission prompt.
          void requestNotificationPermission(win);
          startClient(session);
        }}
      />,
    );
  };

  const stopClient = async () => {
    const current = client;
    client = null;
    if (current === null) return;
    current.release();
    await current.unmount();
  };

  const startClient = (session: PlatformSession) => {
    signInRoot?.unmount();
    signInRoot = null;
    const container = fresh();
    let token: string | null = session.accessToken;
    // Above the client: the new sign-in when the token expires (the client stays mounted).
    const again = doc.createElement('div');
    // The agent UI's status bar is the page's banner; sign-out sits in the footer.
    const footer = doc.createElement('footer');
    footer.className = 'slds-grid slds-grid_align-end slds-p-around_x-small';
    const signOut = doc.createElement('button');
    signOut.type = 'button';
    signOut.className = 'slds-button slds-button_neutral slds-m-top_xx-small';
    footer.append(signOut);
    const body = doc.createElement('div');
    container.append(again, body, footer);

    let language = config.language;
    const attention = createPageAttention({ document: doc, language: () => language });
    const core = createBrowserAgent({
      host: 'standalone',
      platformBaseUrl: config.platformBaseUrl,
      accessToken: session.accessToken,
      signIn: () => {
        // The platform no longer takes the token: the calls wait for a new sign-in.
        token = null;
        sessions.forget();
        return gate.waitForToken();
      },
      crm: attention,
      language: config.language,
      // There is no CRM to log to on this page: notes go to the platform with the wrap-up.
      settings: { callLogging: false },
    });
    // The session request leaves before the first render: the built page renders with
    // preact/compat, synchronously, so mounting first would hold the request back for the
    // whole render. Mounting starts the same core again, which is a no-op.
    void core.api.start();
    const mounted = mountAgentClient(body, { core });
    const store = core.store;
    // The core calls signIn (below) only after a 401, so the gate exists by then; it tells
    // the core's store while calls wait (the status bar says the session expired).
    const gate = createReauthGate(store);
    const againRegion = showSignInAgainWhenExpired({
      container: again,
      gate,
      window: win,
      settings: () => config.signIn,
      language: () => language,
      onSignedIn: (next) => {
        sessions.save(config.platformBaseUrl, next);
        token = next.accessToken;
      },
    });
    let shownLanguage: typeof language | undefined;
    const followLanguage = () => {
      const next = store.getState().settings.language;
      // Called on every store change: the page's own DOM is written only when the language
      // moves (a write per change cost about 12 ms of the first list's render here).
      if (next === shownLanguage) return;
      shownLanguage = next;
      const changed = next !== language;
      language = next;
      doc.documentElement.lang = language;
      signOut.textContent = embedText(language, 'signIn.signOut');
      if (changed) againRegion.relabel();
    };
    followLanguage();
    const unsubscribe = store.subscribe(followLanguage);
    // Still signed in, the client working on (signOutAgent started it again): say why.
    const failure = doc.createElement('p');
    failure.setAttribute('role', 'alert');
    failure.className = 'slds-text-color_error slds-m-right_small';
    footer.prepend(failure);
    const showSignOutFailure = (error: unknown) => {
      failure.textContent = embedText(language, 'signOut.failed', {
        detail: error instanceof Error ? error.message : String(error),
      });
    };
    signOut.addEventListener('click', () => {
      failure.textContent = '';
      void signOutAgent({
        core: mounted.core,
        platformBaseUrl: config.platformBaseUrl,
        accessToken: token,
        confirmLoss: () => win.confirm(embedText(language, 'page.signOutWarning')),
      }).then(async (result) => {
        if (result.kind === 'kept') return;
        sessions.forget();
        gate.abandon();
        await stopClient();
        showSignIn(result.revoked ? undefined : embedText(language, 'signIn.revokeFailed'));
      }, showSignOutFailure);
    });
    client = {
      ...mounted,
      release: () => {
        unsubscribe();
        againRegion.release();
        attention.dispose();
      },
    };
  };

  const session = await findSession(win, config, sessions);
  if (session.kind === 'session') startClient(session.session);
  else showSignIn(session.notice);

  return { stop: stopClient };
}

type Found = { kind: 'session'; session: PlatformSession } | { kind: 'none'; notice?: string };

async function findSession(
  win: Window,
  config: StandaloneConfig,
  sessions: ReturnType<typeof createSessionStore>,
): Promise<Found> {
  const refused = (notice: string): Found => ({ kind: 'none', notice });
  const fragment = parseImplicitGrantFragment(win.location.hash, Date.now());
  if (fragment.kind !== 'none') {
    // The token must not stay in the address bar, history or a bookmark.
    win.history.replaceState(win.history.state, '', withoutFragment(win.location.href));
    if (fragment.kind === 'error') {
      const reason = fragment.error === 'access_denied' ? 'cancelled' : 'refused';
      return refused(
        signInFailureText(config.language, reason, fragment.description ?? fragment.error),
      );
    }
    sessions.save(config.platformBaseUrl, fragment.session);
    return { kind: 'session', session: fragment.session };
  }
  if (config.signIn.mode === 'oauth') {
    const pkce = {
      loginBaseUrl: config.signIn.loginBaseUrl,
      clientId: config.signIn.clientId,
      redirectUri: config.redirectUri,
    };
    const callback = await completePkceLogin(pkce, win.location.href, win.sessionStorage);
    if (callback.kind !== 'none') {
      win.history.replaceState(win.history.state, '', callback.cleanUrl);
      if (callback.kind === 'error') {
        return refused(signInFailureText(config.language, callback.reason, callback.message));
      }
      sessions.save(config.platformBaseUrl, callback.session);
      return { kind: 'session', session: callback.session };
    }
  }
  const saved = sessions.load(config.platformBaseUrl);
  return saved === null ? { kind: 'none' } : { kind: 'session', session: saved };
}

async function requestNotificationPermission(win: Window): Promise<void> {
  const NotificationClass = (win as Window & { Notification?: typeof Notification }).Notification;
  if (NotificationClass?.permission !== 'default') return;
  await NotificationClass.requestPermission().catch(() => undefined);
}
