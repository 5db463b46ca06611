// The standalone client's life in one element: find a session (URL fragment, PKCE redirect,
// this tab's saved session), else show the sign-in; mount the client; on expiry or sign-out
// go back to the sign-in.
import { createRoot, type Root } from 'react-dom/client';
import {
  beginPkceLogin,
  completePkceLogin,
  createPageAttention,
  createSessionStore,
  embedText,
  mountAgentClient,
  parseImplicitGrantFragment,
  PlatformSignIn,
  SimulatorSignIn,
  withoutFragment,
  type MountedAgentClient,
  type PlatformSession,
} from '@acd/shared/embed';
import { selectLeaveNeedsConfirm } from '@acd/shared/ui';
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
    if (config.pkce !== undefined) {
      const pkce = config.pkce;
      signInRoot.render(
        <PlatformSignIn
          language={config.language}
          {...(notice === undefined ? {} : { notice })}
          onSignIn={async () => {
            win.location.assign(await beginPkceLogin(pkce, win.sessionStorage));
          }}
        />,
      );
      return;
    }
    signInRoot.render(
      <SimulatorSignIn
        platformBaseUrl={config.platformBaseUrl}
        language={config.language}
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
    // The agent UI's status bar is the page's banner; sign-out sits in the footer.
    const footer = doc.createElement('footer');
    footer.className = 'slds-grid slds-grid_align-end slds-p-around_x-small';
    const signOut = doc.createElement('button');
    signOut.type = 'button';
    signOut.className = 'slds-button slds-button_neutral slds-m-top_xx-small';
    footer.append(signOut);
    const body = doc.createElement('div');
    container.append(body, footer);

    let language = config.language;
    const attention = createPageAttention({ document: doc, language: () => language });
    const mounted = mountAgentClient(body, {
      platformBaseUrl: config.platformBaseUrl,
      accessToken: session.accessToken,
      signIn: () => {
        // The platform no longer accepts the session: back to the sign-in, nothing to renew.
        sessions.forget();
        void stopClient().then(() => {
          showSignIn(embedText(config.language, 'signIn.expired'));
        });
        return Promise.resolve(null);
      },
      crm: attention,
      language: config.language,
      // There is no CRM to log to on this page: notes go to the platform with the wrap-up.
      settings: { callLogging: false },
    });
    const store = mounted.core.store;
    const followLanguage = () => {
      language = store.getState().settings.language;
      doc.documentElement.lang = language;
      signOut.textContent = embedText(language, 'signIn.signOut');
    };
    followLanguage();
    const unsubscribe = store.subscribe(followLanguage);
    signOut.addEventListener('click', () => {
      if (
        selectLeaveNeedsConfirm(store.getState()) &&
        !win.confirm(embedText(language, 'page.signOutWarning'))
      ) {
        return;
      }
      sessions.forget();
      void stopClient().then(() => {
        showSignIn();
      });
    });
    client = {
      ...mounted,
      release: () => {
        unsubscribe();
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
  const refused = (detail: string): Found => ({
    kind: 'none',
    notice: embedText(config.language, 'signIn.refused', { detail }),
  });
  const fragment = parseImplicitGrantFragment(win.location.hash, Date.now());
  if (fragment.kind !== 'none') {
    // The token must not stay in the address bar, history or a bookmark.
    win.history.replaceState(win.history.state, '', withoutFragment(win.location.href));
    if (fragment.kind === 'error') return refused(fragment.description ?? fragment.error);
    sessions.save(config.platformBaseUrl, fragment.session);
    return { kind: 'session', session: fragment.session };
  }
  if (config.pkce !== undefined) {
    const callback = await completePkceLogin(config.pkce, win.location.href, win.sessionStorage);
    if (callback.kind !== 'none') {
      win.history.replaceState(win.history.state, '', callback.cleanUrl);
      if (callback.kind === 'error') return refused(callback.message);
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
