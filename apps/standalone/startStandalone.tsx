// The standalone client's life in one element: with the session the page found (main.tsx),
// start the client, else show the sign-in; when the token expires mid-shift, ask for a new
// sign-in above the client (a popup, so the page and its unsent work stay); on sign-out
// revoke the token and forget the agent's stored work.
import {
  createBrowserAgent,
  createPageAttention,
  createReauthGate,
  embedText,
  signInFailureText,
  showStartFailure,
  signOutAgent,
  whenStartUpSettles,
  type BrowserAgent,
  type HeadStart,
  type MountedAgentClient,
  type PlatformSession,
  type SessionStore,
  type SignInAgainRegion,
} from '@acd/shared/embed';
import type { FoundSession } from './findSession';
import type { StandaloneConfig } from './standaloneConfig';
import type * as StandaloneView from './standaloneView';

export interface StandaloneHost {
  element: HTMLElement;
  window: Window;
  config: StandaloneConfig;
  sessions: SessionStore;
  found: FoundSession;
  /** The start-up reads main.tsx sent for the found session: the first client takes them. */
  headStart?: HeadStart;
}

/**
 * How long the first client waits for its start-up (session and chat list) before showing
 * its "Signing in…" shell: a start on a responsive platform renders once, with the list.
 */
const FIRST_RENDER_WAIT_MS = 300;

interface RunningClient {
  core: BrowserAgent;
  release: () => void;
  unmount: () => Promise<void>;
}

export function startStandalone({
  element,
  window: win,
  config,
  sessions,
  found,
  headStart,
}: StandaloneHost) {
  const doc = win.document;
  // The view is a chunk of its own, which the build preloads beside this one: the browser
  // compiles the two on two background threads, and the core below starts (its sagas take the
  // head start's answers) while the view is still compiling. Its failure is shown where it
  // is awaited.
  const view: Promise<typeof StandaloneView> = import('./standaloneView');
  view.catch(() => undefined);
  let removeSignIn: (() => void) | null = null;
  let client: RunningClient | null = null;
  let unusedHeadStart = headStart;

  // Counts the sign-in forms asked for: one whose view arrives after a newer one (or after
  // the client started) is not shown.
  let signInShown = 0;
  const showSignIn = (notice?: string) => {
    removeSignIn?.();
    removeSignIn = null;
    const shown = ++signInShown;
    // Busy until the form (or why it cannot show) is in the page.
    element.setAttribute('aria-busy', 'true');
    const done = () => {
      if (shown === signInShown) element.removeAttribute('aria-busy');
    };
    view.then(
      ({ renderSignIn }) => {
        if (shown !== signInShown) return;
        done();
        // The sign-in is the page's main content; the agent UI brings its own <main>.
        const main = doc.createElement('main');
        element.replaceChildren(main);
        removeSignIn = renderSignIn(main, {
          settings: config.signIn,
          flow: { kind: 'redirect', redirectUri: config.redirectUri },
          language: config.language,
          window: win,
          ...(notice === undefined ? {} : { notice }),
          onSignedIn: (session) => {
            sessions.save(config.platformBaseUrl, session);
            // Asked during the click, when browsers allow the permission prompt.
            void requestNotificationPermission(win);
            // The form goes at once: the shell shows "Signing in…" while the session loads.
            startClient(session, 0);
          },
        });
      },
      (error: unknown) => {
        if (shown !== signInShown) return;
        done();
        showStartFailure(element, error, { language: config.language });
      },
    );
  };

  const stopClient = async () => {
    const current = client;
    client = null;
    if (current === null) return;
    current.release();
    await current.unmount();
  };

  const startClient = (session: PlatformSession, firstRenderWaitMs = FIRST_RENDER_WAIT_MS) => {
    signInShown += 1;
    removeSignIn?.();
    removeSignIn = null;
    // The client's parts are built off the page and shown in one go when it first renders.
    const container = doc.createElement('div');
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
      ...(unusedHeadStart === undefined ? {} : { fetch: unusedHeadStart.fetch }),
    });
    unusedHeadStart = undefined;
    // The session request leaves before the first render: the built page renders with
    // preact/compat, synchronously, so mounting first would hold the request back for the
    // whole render. Mounting starts the same core again, which is a no-op.
    void core.api.start();
    let mounted: MountedAgentClient | null = null;
    let released = false;
    // Until the client shows (or says why it cannot), the page's element is busy: assistive
    // technology waits instead of reading a page still being filled.
    element.setAttribute('aria-busy', 'true');
    Promise.all([view, whenStartUpSettles(core.store, firstRenderWaitMs)])
      .then(([{ mountAgentClient }]) => {
        if (released) return;
        element.replaceChildren(container);
        mounted = mountAgentClient(body, { core });
      })
      .catch((error: unknown) => {
        // The view did not load (its chunk gone after a deploy, the network) or could not
        // mount: a client the agent cannot see must not go on working (its socket, its
        // outbox, the tab's title). It stops, and the page says why.
        if (client?.core === core) void stopClient();
        showStartFailure(element, error, { language: config.language });
      })
      .finally(() => {
        element.removeAttribute('aria-busy');
      });
    const store = core.store;
    // The core calls signIn (below) only after a 401, so the gate exists by then; it tells
    // the core's store while calls wait (the status bar says the session expired).
    const gate = createReauthGate(store);
    // Shown from the view; until it has loaded, a gate that starts waiting is shown on arrival.
    let againRegion: SignInAgainRegion | null = null;
    view.then(
      ({ showSignInAgainWhenExpired }) => {
        if (released) return;
        againRegion = showSignInAgainWhenExpired({
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
        againRegion.relabel();
      },
      () => undefined,
    );
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
      if (changed) againRegion?.relabel();
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
        core,
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
      core,
      // Not yet shown (the start-up still under way): stopping the core is the whole unmount.
      unmount: () => (mounted === null ? core.api.stop() : mounted.unmount()),
      release: () => {
        released = true;
        unsubscribe();
        if (againRegion === null) gate.abandon();
        else againRegion.release();
        attention.dispose();
      },
    };
  };

  if (found.kind === 'session') startClient(found.session);
  else if (found.failure === undefined) showSignIn();
  else showSignIn(signInFailureText(config.language, found.failure.reason, found.failure.detail));

  return { stop: stopClient };
}

async function requestNotificationPermission(win: Window): Promise<void> {
  const NotificationClass = (win as Window & { Notification?: typeof Notification }).Notification;
  if (NotificationClass?.permission !== 'default') return;
  await NotificationClass.requestPermission().catch(() => undefined);
}
