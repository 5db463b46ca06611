// The Embeddable Framework client's life in one frame: config.json, the parent check,
// framework.js, sign-in, then the agent client with the file's CrmAdapter, window.PureCloud
// and the Interaction events. Whatever fails on the CRM side, chats keep working.
import {
  createBrowserAgent,
  createReauthGate,
  createSessionStore,
  embedText,
  mountAgentClient,
  showSignInAgainWhenExpired,
  sessionFailureDetail,
  signOutAgent,
  type MountedAgentClient,
  type PlatformSession,
} from '@acd/shared/embed';
import type { Language } from '@acd/shared';
import { languageFromLocale, translate } from '@acd/shared';
import { checkParent } from './config/parentOrigin';
import { loadEmbeddableConfig, type EmbeddableConfig } from './config/embeddableConfig';
import { createCallLogs } from './crm/callLogs';
import { createFrameworkCrmAdapter } from './crm/frameworkCrmAdapter';
import { createTransferSearch } from './crm/transferSearch';
import { createInteractionMemory } from './crm/interactionMemory';
import { watchInteractions } from './crm/interactionEvents';
import { readFrameworkConfig, type FrameworkConfig } from './framework/frameworkConfig';
import type { FrameworkFile } from './framework/frameworkTypes';
import { callSafely, callWithCallbacks } from './framework/guardedCall';
import { loadFramework } from './framework/loadFramework';
import { hostText } from './i18n/text';
import { createCallLogLinks } from './page/callLogLinks';
import { createHelpLinks } from './page/helpLinks';
import { showFrameMessage } from './page/frameMessage';
import { createHostNotices, type HostNotice } from './page/hostNotices';
import { createConversationAttributes, pickAttributes } from './platform/conversationAttributes';
import { createPureCloud, type ViewName } from './purecloud/createPureCloud';
import { statusIdOf } from './purecloud/presence';
import { createSubscriptions } from './purecloud/subscriptions';
import { frameSignInSettings, signInInFrame } from './signin/frameSignIn';
import { createSignOutButton } from './signin/signOutButton';
import { watchUserAndNotices } from './purecloud/userEvents';

export interface EmbeddableTimings {
  /** How long a callback of the file may take to answer. */
  callbackTimeoutMs: number;
  /** How long a loaded framework.js may take to define window.Framework. */
  defineTimeoutMs: number;
}

const DEFAULT_TIMINGS: EmbeddableTimings = { callbackTimeoutMs: 15_000, defineTimeoutMs: 5_000 };

type HostWindow = Window & {
  PureCloud?: unknown;
  acdEmbeddableTimings?: Partial<EmbeddableTimings>;
};

export async function startEmbeddable(element: HTMLElement, win: HostWindow): Promise<void> {
  const doc = win.document;
  let language: Language = languageFromLocale(win.navigator.language);
  doc.documentElement.lang = language;
  const timings = { ...DEFAULT_TIMINGS, ...win.acdEmbeddableTimings };

  const loaded = await loadEmbeddableConfig(win.location.href);
  if (loaded.kind !== 'ok') {
    showFrameMessage(
      element,
      hostText(language, 'frame.title'),
      hostText(language, loaded.kind === 'missing' ? 'frame.configMissing' : 'frame.configBroken', {
        detail: loaded.detail,
      }),
    );
    return;
  }
  const config = loaded.config;
  for (const key of loaded.unknownKeys)
    console.warn(`[embeddable] config.json: unknown key ${key}`);

  const parent = checkParent(win, config.allowedParentOrigins);
  if (parent.kind !== 'allowed') {
    showFrameMessage(
      element,
      hostText(language, 'frame.title'),
      parent.kind === 'notFramed'
        ? hostText(language, 'frame.notFramed')
        : hostText(language, 'frame.parentRefused', {
            origin: parent.origin,
            allowed: config.allowedParentOrigins.join(', ') || '-',
          }),
    );
    return;
  }

  // The frame: the integration's notices, the agent client, the call-log records, help links.
  // Landmarks all the way: the integration's notices are a complementary region.
  const noticesBox = doc.createElement('aside');
  const clientBox = doc.createElement('div');
  const extrasBox = doc.createElement('div');
  element.replaceChildren(noticesBox, clientBox, extrasBox);
  const notices = createHostNotices(noticesBox, () => language);
  const notify = (notice: HostNotice, timeoutMs?: number) => {
    notices.show(notice, timeoutMs);
  };

  const load = await loadFramework(win, config.frameworkUrl, {
    defineTimeoutMs: timings.defineTimeoutMs,
  });
  let framework: FrameworkFile = {};
  if (load.kind === 'loaded') framework = load.framework;
  else if (load.kind === 'failed')
    notify({ kind: 'error', key: 'notice.frameworkMissing', params: { detail: load.detail } });
  else if (load.kind === 'undefined') notify({ kind: 'error', key: 'notice.frameworkBroken' });
  const read = readFrameworkConfig(load.kind === 'loaded' ? framework.config : {});
  const frameworkConfig = read.config;
  if (load.kind === 'loaded')
    for (const line of read.warnings) console.warn(`[embeddable] framework.js: ${line}`);

  if (frameworkConfig.getUserLanguage !== undefined) {
    const ask = frameworkConfig.getUserLanguage;
    language = await callWithCallbacks<unknown>(
      'getUserLanguage',
      (onSuccess) => {
        ask(onSuccess);
      },
      { timeoutMs: 3_000 },
    ).then(
      (answer) => (typeof answer === 'string' ? languageFromLocale(answer) : language),
      () => language,
    );
    doc.documentElement.lang = language;
  }
  applyTheme(element, frameworkConfig);

  const sessions = createSessionStore(win.sessionStorage);
  // Signs in (unless this tab still has a session), runs the client, and after a sign-out
  // shows the sign-in again in the same frame.
  const run = async (notice?: string): Promise<void> => {
    const session =
      sessions.load(config.platformBaseUrl) ??
      (await signInInFrame({ box: clientBox, win, config, frameworkConfig, language, notice }));
    sessions.save(config.platformBaseUrl, session);
    startClient({
      win,
      config,
      framework,
      frameworkConfig,
      session,
      clientBox,
      extrasBox,
      notices,
      notify,
      timings,
      getLanguage: () => language,
      setLanguage: (next) => {
        language = next;
      },
      onSessionRenewed: (next) => {
        sessions.save(config.platformBaseUrl, next);
      },
      onSignedOut: (revoked) => {
        sessions.forget();
        void run(revoked ? undefined : embedText(language, 'signIn.revokeFailed'));
      },
      onSessionFailed: (detail) => {
        sessions.forget();
        void run(embedText(language, 'signIn.failed', { detail }));
      },
    });
  };
  await run();
}

function applyTheme(element: HTMLElement, config: FrameworkConfig): void {
  const theme = config.settings.theme;
  if (theme?.primary !== undefined)
    element.style.setProperty('--acd-embeddable-primary', theme.primary);
  if (theme?.text !== undefined) element.style.setProperty('--acd-embeddable-text', theme.text);
}

interface ClientStart {
  win: HostWindow;
  config: EmbeddableConfig;
  framework: FrameworkFile;
  frameworkConfig: FrameworkConfig;
  session: PlatformSession;
  clientBox: HTMLElement;
  extrasBox: HTMLElement;
  notices: ReturnType<typeof createHostNotices>;
  notify: (notice: HostNotice, timeoutMs?: number) => void;
  timings: EmbeddableTimings;
  getLanguage: () => Language;
  setLanguage: (language: Language) => void;
  /** After a sign-out: the client is gone, the stored work forgotten. */
  onSignedOut: (revoked: boolean) => void;
  /** The platform did not give the session (the client is gone): the sign-in says why. */
  onSessionFailed: (detail: string) => void;
  /** The agent signed in again after the token expired mid-shift. */
  onSessionRenewed: (session: PlatformSession) => void;
}

function startClient(start: ClientStart): MountedAgentClient {
  const { win, config, framework, frameworkConfig, notify, timings } = start;
  let token: string | null = start.session.accessToken;
  const attributes = createConversationAttributes({
    baseUrl: config.platformBaseUrl,
    accessToken: () => token,
  });
  const memory = createInteractionMemory();
  // A new sign-in in the same frame starts from an empty footer.
  start.extrasBox.replaceChildren();
  const links = createCallLogLinks(start.extrasBox, start.getLanguage, (link) => {
    const open = framework.openCallLog;
    if (open === undefined) return;
    const failed = callSafely('openCallLog', () => {
      open(link.callLog, link.interaction);
    });
    if (failed !== null)
      notify({ kind: 'error', key: 'notice.callbackFailed', params: { detail: failed.message } });
  });
  const help = createHelpLinks(start.extrasBox, frameworkConfig.helpLinks, start.getLanguage);
  const callLogs = createCallLogs({
    framework,
    settings: frameworkConfig.settings,
    memory,
    timeoutMs: timings.callbackTimeoutMs,
    onRecorded: () => {
      refreshLinks();
    },
  });
  const refreshLinks = () => {
    if (framework.openCallLog === undefined) return;
    links.set(
      memory
        .all()
        .filter(([, entry]) => entry.recordId !== undefined && entry.condensed !== undefined)
        .map(([conversationId, entry]) => ({
          conversationId,
          // Checked by the filter above.
          interaction: entry.condensed as NonNullable<typeof entry.condensed>,
          callLog: callLogs.callLogFor(conversationId, {}),
        })),
    );
  };

  let core: ReturnType<typeof createBrowserAgent> | null = null;
  // The core calls signIn only after a 401, so the gate exists by then.
  let gate: ReturnType<typeof createReauthGate> | null = null;
  const crm = createFrameworkCrmAdapter({
    framework,
    config: frameworkConfig,
    memory,
    callLogs,
    timeoutMs: timings.callbackTimeoutMs,
    condensed: (id) => memory.peek(id)?.condensed,
    locale: () => start.getLanguage(),
    reportLogFailure: (detail) => {
      notify({ kind: 'error', key: 'notice.callLogFailed', params: { detail } });
    },
  });
  core = createBrowserAgent({
    host: 'embeddable',
    platformBaseUrl: config.platformBaseUrl,
    accessToken: token,
    signIn: () => {
      // The calls wait (drafts, wrap-ups and the outbox with them) while the agent signs in
      // again above the still-mounted client.
      token = null;
      return gate?.waitForToken() ?? Promise.resolve(null);
    },
    crm,
    language: start.getLanguage(),
    settings: { callLogging: frameworkConfig.settings.enableCallLogs },
  });
  const agent = core;
  const reauth = createReauthGate(agent.store);
  gate = reauth;
  // Above the client's box; removed with the client.
  const againBox = win.document.createElement('div');
  start.clientBox.before(againBox);
  const againSettings = frameSignInSettings(config, frameworkConfig);
  const again = showSignInAgainWhenExpired({
    container: againBox,
    gate: reauth,
    window: win,
    settings: () => againSettings,
    language: start.getLanguage,
    onSignedIn: (next) => {
      token = next.accessToken;
      start.onSessionRenewed(next);
    },
  });
  // searchTargets decides what the transfer search offers (framework contacts included).
  const api = {
    ...agent.api,
    ...createTransferSearch({
      api: agent.api,
      targets: frameworkConfig.settings.searchTargets,
      framework,
      timeoutMs: timings.callbackTimeoutMs,
      reportFailure: (detail) => {
        notify({ kind: 'error', key: 'notice.callbackFailed', params: { detail } });
      },
    }),
  };
  const mounted = mountAgentClient(start.clientBox, { core: { ...agent, api } });
  /** The client goes, for the sign-in to take its place. */
  const leave = async () => {
    again.release();
    againBox.remove();
    unfollow();
    // Nothing of the agent who left stays under the sign-in: their call-log links and
    // the Sign out button go (the next sign-in builds the footer anew).
    start.extrasBox.replaceChildren();
    // The CRM choices of this session (associations, record ids) go with the client;
    // window.PureCloud drives a stopped core until the next sign-in replaces it.
    await mounted.unmount();
  };
  // One sign-out at a time: a second click while the first asks or revokes does nothing.
  let signingOut = false;
  const relabelSignOut = createSignOutButton(start.extrasBox, start.getLanguage, () => {
    if (signingOut) return;
    signingOut = true;
    void signOutAgent({
      core: agent,
      platformBaseUrl: config.platformBaseUrl,
      accessToken: token,
      confirmLoss: () => win.confirm(embedText(start.getLanguage(), 'page.signOutWarning')),
    }).then(
      async (result) => {
        if (result.kind === 'kept') {
          signingOut = false;
          return;
        }
        await leave();
        start.onSignedOut(result.revoked);
      },
      (error: unknown) => {
        // Still signed in, the client working on (signOutAgent started it again): say why.
        signingOut = false;
        notify({
          kind: 'error',
          text: embedText(start.getLanguage(), 'signOut.failed', {
            detail: error instanceof Error ? error.message : String(error),
          }),
        });
      },
    );
  });

  const store = agent.store;
  const follow = () => {
    const next = store.getState().settings.language;
    if (next === start.getLanguage()) return;
    start.setLanguage(next);
    win.document.documentElement.lang = next;
    start.notices.relabel();
    links.relabel();
    help.relabel();
    relabelSignOut();
    again.relabel();
  };
  const unfollow = store.subscribe(follow);

  const subscriptions = createSubscriptions((detail) => {
    notify({ kind: 'error', key: 'notice.callbackFailed', params: { detail } });
  });
  const report = (what: 'callback' | 'callLog', detail: string) => {
    notify({
      kind: 'error',
      key: what === 'callLog' ? 'notice.callLogFailed' : 'notice.callbackFailed',
      params: { detail },
    });
  };
  const pureCloud = createPureCloud({
    core: { store, api },
    config: frameworkConfig,
    subscriptions,
    memory,
    callLogs,
    attributes,
    notify,
    showView: (view) => {
      showView(
        start.clientBox,
        view,
        start.getLanguage(),
        store.getState().interactions.selectedId,
        api.selectChat,
      );
    },
    warn: (line) => {
      console.warn(`[embeddable] PureCloud: ${line}`);
    },
  });
  win.PureCloud = pureCloud;

  void mounted.started.then(async () => {
    const status = store.getState().session.status;
    if (status === 'failed') {
      // The platform did not give the session (a 403, a 5xx or no network after the retries):
      // a client that can never load would sit there; the sign-in says why and tries anew.
      const detail = sessionFailureDetail(store.getState());
      await leave();
      start.onSessionFailed(detail);
      return;
    }
    if (status !== 'ready') return;
    watchInteractions({
      store,
      framework,
      config: frameworkConfig,
      subscriptions,
      memory,
      callLogs,
      readAttributes: async (id) =>
        pickAttributes(await attributes.read(id), frameworkConfig.customInteractionAttributes),
      report,
    });
    watchUserAndNotices(
      store,
      subscriptions,
      (key, params) => translate(start.getLanguage(), key, params),
      statusIdOf,
    );
    if (framework.initialSetup !== undefined) {
      const setup = framework.initialSetup.bind(framework);
      const failed = callSafely('initialSetup', setup);
      if (failed !== null) report('callback', failed.message);
    }
  });
  return mounted;
}

/** PureCloud.User.setView: bring the part of the client the CRM names into view. */
function showView(
  box: HTMLElement,
  view: ViewName,
  language: Language,
  selectedId: string | null,
  selectChat: (id: string) => void,
) {
  if (view === 'callLog' && selectedId !== null) selectChat(selectedId);
  const label = translate(
    language,
    view === 'settings' ? 'status.label' : view === 'callLog' ? 'wrapup.label' : 'list.label',
  );
  const target =
    view === 'interactionList'
      ? box.querySelector<HTMLElement>('#acd-list-heading')
      : box.querySelector<HTMLElement>(`[aria-label="${CSS.escape(label)}"]`);
  if (target === null) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'start' });
  target.focus();
}
