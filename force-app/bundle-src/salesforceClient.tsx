// The entry of the Salesforce static resource (built as one IIFE whose only global is
// `AcdChatClient`). The LWC shell calls mount() with the admin's settings and its CrmAdapter;
// this half finds a platform session (this tab's saved one, the simulator's user picker, or
// the platform's login popup), mounts the shared client and takes it down again.
import { createRoot, type Root } from 'react-dom/client';
import {
  createSessionStore,
  embedText,
  loginBaseUrlFor,
  mountAgentClient,
  PlatformSignIn,
  SimulatorSignIn,
  type MountedAgentClient,
  type PlatformSession,
} from '@acd/shared/embed';
import type { Language, Settings, CrmAdapter } from '@acd/shared';
import { redirectUriFor, signInWithPopup } from './popupSignIn';
import { shellText } from './shellText';

export const version = '0.1.0';

export interface SalesforceMountOptions {
  /** From the utility item's design properties. */
  settings: Partial<Settings>;
  oauthClientId?: string;
  crm: CrmAdapter;
  /** Tests pass their own; Salesforce runs with the (LWS-namespaced) window. */
  window?: Window;
}

export interface SalesforceClient {
  changeSettings(settings: Partial<Settings>): void;
  /** Stops the core (socket closed, timers cleared) and removes every node it added. */
  unmount(): Promise<void>;
  /** The mounted client, once signed in (tests and diagnostics). */
  readonly client: MountedAgentClient | null;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The simulator runs on the agent's own machine; a real platform never does. */
export function isSimulator(platformBaseUrl: string): boolean {
  try {
    return LOOPBACK_HOSTS.has(new URL(platformBaseUrl).hostname);
  } catch {
    return false;
  }
}

export function mount(element: HTMLElement, options: SalesforceMountOptions): SalesforceClient {
  const win = options.window ?? window;
  const doc = element.ownerDocument;
  const sessions = createSessionStore(win.sessionStorage);
  let settings: Partial<Settings> = { ...options.settings };
  let client: MountedAgentClient | null = null;
  let panel: Root | null = null;
  let stopped = false;

  const language = (): Language => settings.language ?? 'en';
  const platformBaseUrl = () => settings.platformBaseUrl ?? '';

  const freshContainer = (): HTMLElement => {
    const container = doc.createElement('div');
    container.className = 'acd-salesforce-client';
    element.replaceChildren(container);
    return container;
  };

  const showPanel = (render: (root: Root) => void) => {
    panel?.unmount();
    panel = createRoot(freshContainer());
    render(panel);
  };

  const startClient = (session: PlatformSession) => {
    panel?.unmount();
    panel = null;
    client = mountAgentClient(freshContainer(), {
      platformBaseUrl: platformBaseUrl(),
      accessToken: session.accessToken,
      signIn: () => {
        // The platform no longer takes the session: back to the sign-in.
        sessions.forget();
        void stopClient().then(() => {
          if (!stopped) showSignIn(embedText(language(), 'signIn.expired'));
        });
        return Promise.resolve(null);
      },
      crm: options.crm,
      language: language(),
      settings,
    });
  };

  const stopClient = async () => {
    const current = client;
    client = null;
    if (current !== null) await current.unmount();
  };

  const signedIn = (session: PlatformSession) => {
    if (stopped) return;
    sessions.save(platformBaseUrl(), session);
    startClient(session);
  };

  function showSignIn(notice?: string) {
    const baseUrl = platformBaseUrl();
    const clientId = options.oauthClientId ?? '';
    if (isSimulator(baseUrl)) {
      showPanel((root) => {
        root.render(
          <SimulatorSignIn
            platformBaseUrl={baseUrl}
            language={language()}
            {...(notice === undefined ? {} : { notice })}
            onSignedIn={signedIn}
          />,
        );
      });
      return;
    }
    if (baseUrl === '' || clientId === '') {
      showPanel((root) => {
        root.render(
          <p role="alert" className="slds-p-around_medium slds-text-color_error">
            {shellText(language(), 'noPlatform')}
          </p>,
        );
      });
      return;
    }
    const pkce = {
      loginBaseUrl: loginBaseUrlFor(baseUrl),
      clientId,
      redirectUri: redirectUriFor(win.location.origin),
    };
    showPanel((root) => {
      root.render(
        <PlatformSignIn
          language={language()}
          {...(notice === undefined ? {} : { notice })}
          onSignIn={async () => {
            signedIn(
              await signInWithPopup(pkce, {
                open: (url) => win.open(url, 'acd-platform-sign-in', 'popup,width=480,height=680'),
                sessionStorage: win.sessionStorage,
                setInterval: (callback, ms) => win.setInterval(callback, ms),
                clearInterval: (id) => {
                  win.clearInterval(id);
                },
              }),
            );
          }}
        />,
      );
    });
  }

  const begin = () => {
    const saved = sessions.load(platformBaseUrl());
    if (saved === null) showSignIn();
    else startClient(saved);
  };

  begin();

  return {
    get client() {
      return client;
    },
    changeSettings(next) {
      const platformChanged =
        next.platformBaseUrl !== undefined && next.platformBaseUrl !== platformBaseUrl();
      settings = { ...settings, ...next };
      if (platformChanged) {
        // Another platform needs another session.
        void stopClient().then(() => {
          if (!stopped) begin();
        });
        return;
      }
      client?.core.api.changeSettings(next);
      if (client === null && panel !== null) showSignIn();
    },
    async unmount() {
      stopped = true;
      panel?.unmount();
      panel = null;
      await stopClient();
      element.replaceChildren();
    },
  };
}
