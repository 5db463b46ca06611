// The entry of the Salesforce static resource (built as one IIFE whose only global is
// `AcdChatClient`). The LWC shell calls mount() with the admin's settings and its CrmAdapter;
// this half finds a platform session (this tab's saved one, else the shared sign-in: the
// platform's login in a popup that comes back to the deployer's callback page, or the
// simulator's picker when the item says signIn: "simulator"), mounts the shared client and
// takes it down again.
import { createRoot, type Root } from 'react-dom/client';
import {
  createReauthGate,
  createSessionStore,
  embedText,
  mountAgentClient,
  readSignInSettings,
  selectUnsentWork,
  SignIn,
  SignInSettingsError,
  showSignInAgainWhenExpired,
  SignOutButton,
  signOutAgent,
  type MountedAgentClient,
  type PlatformSession,
  type SignInAgainRegion,
  type SignInSettings,
} from '@acd/shared/embed';
import {
  AdminSettingsError,
  checkPlatformBaseUrl,
  cleanAdminProperties,
  coreSettingsFromAdmin,
  type CrmAdapter,
  type Language,
  type RawAdminProperties,
  type Settings,
} from '@acd/shared';
import { playAlertTone, showAlertNotification } from '@acd/shared/ui';
import { shellText } from './shellText';

export const version = '0.1.0';

export interface SalesforceMountOptions {
  /**
   * The utility item's design properties as App Builder hands them to the LWC shell (raw:
   * the shell cannot import the core); cleaned here by the core's rules, the same as every
   * host's. They give the settings and the sign-in fields below, which then need not be set.
   */
  properties?: RawAdminProperties;
  /** The Salesforce user's language (`@salesforce/i18n/lang`), for defaultLanguage "auto". */
  userLanguage?: string;
  /** The core's settings, already clean (tests, pages that mount the bundle themselves). */
  settings?: Partial<Settings>;
  oauthClientId?: string;
  /**
   * "oauth" (default) or "simulator" (the simulator's user picker: demos, tests of other
   * things); anything else is the admin's typo, refused by name on the panel.
   */
  signIn?: string;
  /** The platform's OAuth origin; default: login.<region> beside the API. */
  loginBaseUrl?: string;
  /** The deployer's callback page (registered as the client's redirect URI). */
  callbackUrl?: string;
  crm: CrmAdapter;
  /**
   * Shown when the ring's tone could not be heard (the AudioContext needs a user gesture in
   * the page first): the shell shows a sticky toast.
   */
  alertUnheard?: (title: string, message: string) => void;
  /** Tests pass their own; Salesforce runs with the (LWS-namespaced) window. */
  window?: Window;
}

export interface SalesforceClient {
  changeSettings(settings: Partial<Settings>): void;
  /** An admin's property changed in App Builder: the raw properties again, cleaned here. */
  changeProperties(properties: RawAdminProperties): void;
  /** Stops the core (socket closed, timers cleared) and removes every node it added. */
  unmount(): Promise<void>;
  /** The mounted client, once signed in (tests and diagnostics). */
  readonly client: MountedAgentClient | null;
}

export function mount(element: HTMLElement, given: SalesforceMountOptions): SalesforceClient {
  const options = withProperties(given);
  const win = options.window ?? window;
  const doc = element.ownerDocument;
  const sessions = createSessionStore(win.sessionStorage);
  let settings: Partial<Settings> = { ...options.settings };
  const userLanguage = options.userLanguage;
  let client: MountedAgentClient | null = null;
  let panel: Root | null = null;
  /** The Sign out button under the client (its own root: the client's is the core's UI). */
  let footer: Root | null = null;
  /** Above the client: the new sign-in while calls wait for one (its own root). */
  let again: SignInAgainRegion | null = null;
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
    const container = freshContainer();
    const above = doc.createElement('div');
    const body = doc.createElement('div');
    const below = doc.createElement('div');
    container.append(above, body, below);
    let token: string | null = session.accessToken;
    const mounted = mountAgentClient(body, {
      host: 'salesforce',
      platformBaseUrl: platformBaseUrl(),
      accessToken: session.accessToken,
      signIn: () => {
        // The platform no longer takes the token: the calls wait (drafts, wrap-ups and the
        // outbox with them) while the agent signs in again above the still-mounted client.
        token = null;
        sessions.forget();
        return gate.waitForToken();
      },
      crm: options.crm,
      language: language(),
      settings,
      ring: {
        playTone: playAlertTone,
        notify: showAlertNotification,
        ...(options.alertUnheard === undefined ? {} : { unheard: options.alertUnheard }),
      },
    });
    client = mounted;
    // The core calls signIn only after a 401, so the gate exists by then; through the store
    // the status bar says the session expired while calls wait.
    const gate = createReauthGate(mounted.core.store);
    again = showSignInAgainWhenExpired({
      container: above,
      gate,
      window: win,
      settings: () => {
        const signIn = signInSettings();
        return signIn instanceof SignInSettingsError ? null : signIn;
      },
      language,
      onSignedIn: (next) => {
        if (stopped) return;
        sessions.save(platformBaseUrl(), next);
        token = next.accessToken;
      },
    });
    footer = createRoot(below);
    footer.render(
      <SignOutButton
        language={language()}
        hasUnsentWork={() => selectUnsentWork(mounted.core.store.getState())}
        confirm={(question) => win.confirm(question)}
        signOut={async () => {
          // Asked already (above): the core's sign-out revokes and forgets the stored work.
          const result = await signOutAgent({
            core: mounted.core,
            platformBaseUrl: platformBaseUrl(),
            accessToken: token,
            confirmLoss: () => true,
          });
          sessions.forget();
          await stopClient();
          if (stopped) return;
          showSignIn(
            result.kind === 'signedOut' && !result.revoked
              ? embedText(language(), 'signIn.revokeFailed')
              : undefined,
          );
        }}
      />,
    );
  };

  const stopClient = async () => {
    const current = client;
    client = null;
    footer?.unmount();
    footer = null;
    again?.release();
    again = null;
    if (current !== null) await current.unmount();
  };

  const signedIn = (session: PlatformSession) => {
    if (stopped) return;
    sessions.save(platformBaseUrl(), session);
    startClient(session);
  };

  /**
   * The admin's platform URL when the agent's token may go there: https, or http to the
   * loopback simulator (the rule every host applies); else why not.
   */
  function platformRefusal(): SignInSettingsError | null {
    if (platformBaseUrl() === '') return null;
    try {
      checkPlatformBaseUrl(platformBaseUrl());
      return null;
    } catch (error) {
      if (error instanceof AdminSettingsError) return new SignInSettingsError(error.message);
      throw error;
    }
  }

  function signInSettings(): SignInSettings | SignInSettingsError {
    const refused = platformRefusal();
    if (refused !== null) return refused;
    try {
      return readSignInSettings(
        {
          platformBaseUrl: platformBaseUrl(),
          signIn: options.signIn,
          oauthClientId: options.oauthClientId,
          loginBaseUrl: options.loginBaseUrl,
          callbackUrl: options.callbackUrl,
        },
        '',
      );
    } catch (error) {
      if (error instanceof SignInSettingsError) return error;
      throw error;
    }
  }

  function showSignIn(notice?: string) {
    const signIn = signInSettings();
    if (signIn instanceof SignInSettingsError) {
      showPanel((root) => {
        root.render(
          <p role="alert" className="slds-p-around_medium slds-text-color_error">
            {shellText(language(), 'noPlatform')} ({signIn.message})
          </p>,
        );
      });
      return;
    }
    showPanel((root) => {
      root.render(
        <SignIn
          settings={signIn}
          // The console cannot leave for the login page: a popup and the callback page.
          flow={{ kind: 'popup' }}
          language={language()}
          window={win}
          {...(notice === undefined ? {} : { notice })}
          onSignedIn={signedIn}
        />,
      );
    });
  }

  const begin = () => {
    const saved = sessions.load(platformBaseUrl());
    // A session saved for a URL the admin has since made insecure is not used there.
    if (saved === null || platformRefusal() !== null) showSignIn();
    else startClient(saved);
  };

  begin();

  const handle: SalesforceClient = {
    get client() {
      return client;
    },
    changeProperties(properties) {
      handle.changeSettings(coreSettingsFromAdmin(cleanAdminProperties(properties), userLanguage));
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
      // The sign-in above the client speaks the new language too.
      again?.relabel();
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
  return handle;
}

/** The raw properties, cleaned by the core's rules, as settings and sign-in fields. */
function withProperties(options: SalesforceMountOptions): SalesforceMountOptions {
  if (options.properties === undefined) return options;
  const admin = cleanAdminProperties(options.properties);
  return {
    ...options,
    settings: { ...coreSettingsFromAdmin(admin, options.userLanguage), ...options.settings },
    oauthClientId: admin.oauthClientId,
    // An unknown mode goes on as typed: readSignInSettings refuses it by name.
    signIn: admin.signIn,
    loginBaseUrl: admin.loginBaseUrl,
    callbackUrl: admin.callbackUrl,
  };
}
