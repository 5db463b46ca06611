// The one way to build the core: ports in, a running store and a typed API out. The CRM
// adapters and the standalone page all start here.
import createSagaMiddleware, { type Task } from 'redux-saga';
import type { Clock } from '../ports/clock';
import type { CrmAdapter } from '../ports/crmAdapter';
import type { PlatformClient } from '../ports/platformClient';
import type { Storage } from '../ports/storage';
import { pageIdle, type WhenIdle } from '../ports/whenIdle';
import {
  defaultSettings,
  settingsChanged,
  type Settings,
} from '../features/settings/settingsSlice';
import { defaultTimings, type CoreTimings, type Logger, type SocketFactory } from './coreDeps';
import { agentCommandApi } from './agentCommandApi';
import { rootSaga } from './rootSaga';
import { makeStore } from './store';
import { CLIENT_VERSION } from './version';
import {
  consoleLogger,
  createDiagnosticLog,
  type DiagnosticLog,
} from '../features/diagnostics/diagnosticLog';
import { buildDiagnosticsReport } from '../features/diagnostics/diagnosticsReport';
import { watchStateForDiagnostics } from '../features/diagnostics/watchState';

export interface AgentCoreOptions {
  platform: PlatformClient;
  crm: CrmAdapter;
  storage: Storage;
  clock: Clock;
  settings?: Partial<Settings>;
  /** Defaults to the standard WebSocket class. */
  openSocket?: SocketFactory;
  /** Told of warnings besides the diagnostic log (default: the console). */
  logger?: Logger;
  timings?: Partial<CoreTimings>;
  random?: () => number;
  /** The page's next idle moment; requestIdleCallback where the browser has it. */
  whenIdle?: WhenIdle;
  /** The diagnostic log (a host shares it with its platform HTTP client) and the host's name. */
  diagnostics?: { log?: DiagnosticLog; host?: string };
}

const standardSocket: SocketFactory = (url) => new WebSocket(url);

/** What the persistence saga keeps per agent (features/persistence). */
const STORED_WORK = ['drafts', 'wrapup', 'outbox', 'crm'] as const;

export function createAgentCore(options: AgentCoreOptions) {
  const sagaMiddleware = createSagaMiddleware();
  const store = makeStore(undefined, sagaMiddleware);
  store.dispatch(settingsChanged({ ...defaultSettings, ...options.settings }));
  // Chat or messaging: each conversation's verbs go to its flavour, as the state knows it.
  options.platform.useMediaSource?.(
    (conversationId) => store.getState().interactions.entities[conversationId]?.media,
  );
  let task: Task | null = null;
  /** The start under way (api.start): settled by the session, or by a stop. */
  let starting: Promise<void> | null = null;
  // Every saga's logger is the diagnostic ring buffer, which also forwards warnings.
  const log =
    options.diagnostics?.log ?? createDiagnosticLog({ forward: options.logger ?? consoleLogger });
  watchStateForDiagnostics(store, log);
  const deps = {
    platform: options.platform,
    crm: options.crm,
    storage: options.storage,
    clock: options.clock,
    openSocket: options.openSocket ?? standardSocket,
    logger: log,
    timings: { ...defaultTimings, ...options.timings },
    random: options.random ?? Math.random,
    whenIdle: options.whenIdle ?? pageIdle,
    storageKey: (name: string) =>
      `acd-core:${store.getState().session.user?.id ?? 'anonymous'}:${name}`,
  };
  const api = {
    /**
     * Signs in with the platform and starts the connection; resolves when the session is known,
     * or when a stop ends the start first. One start at a time: a second call while one is under
     * way gets the same promise.
     */
    start(): Promise<void> {
      if (starting !== null) return starting;
      const run = (task ??= sagaMiddleware.run(rootSaga, deps));
      const started = new Promise<void>((resolve) => {
        const settle = () => {
          unsubscribe();
          resolve();
        };
        const check = () => {
          const status = store.getState().session.status;
          if (status === 'ready' || status === 'failed') settle();
        };
        const unsubscribe = store.subscribe(check);
        // A stop while the session loads leaves the status as it was: the run's end settles
        // the start, so whoever awaits it (a host's sign-in) is not left waiting for ever.
        run.toPromise().then(settle, settle);
        check();
      });
      starting = started;
      void started.then(() => {
        if (starting === started) starting = null;
      });
      return started;
    },
    /** Stops every saga: the socket closes and no timer is left behind. */
    async stop(): Promise<void> {
      if (task === null) return;
      // The next start runs the sagas anew, even before this one's promise has settled.
      starting = null;
      task.cancel();
      // After the cancel, so no saga is left to be answered by a call that ends here.
      options.platform.endCallsUnderWay?.();
      await task.toPromise();
      task = null;
    },
    ...agentCommandApi(store.dispatch),
    /**
     * Sign-out: removes this agent's stored drafts, wrap-up forms, outbox and CRM choices, all
     * or nothing. A removal that fails puts back what was removed before it: the agent is then
     * still signed in, and a reload must still find their work.
     */
    async forgetStoredWork(): Promise<void> {
      const removed: [key: string, value: string][] = [];
      try {
        for (const name of STORED_WORK) {
          const key = deps.storageKey(name);
          const value = await deps.storage.getItem(key);
          await deps.storage.removeItem(key);
          if (value !== null) removed.push([key, value]);
        }
      } catch (error) {
        for (const [key, value] of removed) {
          await deps.storage.setItem(key, value).catch(() => undefined);
        }
        throw error;
      }
    },
    /** Plain request/response for the admin panel: no long-lived state, so no saga. */
    admin: {
      listCodes: options.platform.listWrapupCodes,
      createCode: options.platform.createWrapupCode,
      renameCode: options.platform.renameWrapupCode,
      deleteCode: options.platform.deleteWrapupCode,
      listQueueCodes: options.platform.listQueueWrapupCodes,
      assignCodes: options.platform.assignWrapupCodes,
      unassignCode: options.platform.unassignWrapupCode,
      searchQueues: options.platform.searchQueues,
    },
    searchUsers: options.platform.searchUsers,
    searchQueues: options.platform.searchQueues,
    /** The redacted diagnostics file support asks for (features/diagnostics). */
    diagnostics: (): Promise<string> =>
      Promise.resolve(
        buildDiagnosticsReport(store.getState(), log, {
          version: CLIENT_VERSION,
          host: options.diagnostics?.host ?? 'unknown',
          browser: (globalThis.navigator as Navigator | undefined)?.userAgent,
          now: options.clock.now(),
        }),
      ),
  };

  return { store, api };
}

export type AgentCore = ReturnType<typeof createAgentCore>;
export type AgentCoreApi = AgentCore['api'];
