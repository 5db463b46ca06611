// The one way to build the core: ports in, a running store and a typed API out. The CRM
// adapters and the standalone page all start here.
import createSagaMiddleware, { type Task } from 'redux-saga';
import type { Clock } from '../ports/clock';
import type { CrmAdapter } from '../ports/crmAdapter';
import type { PlatformClient, TransferTarget } from '../ports/platformClient';
import type { Storage } from '../ports/storage';
import type { SystemPresence } from '../platform/platformTypes';
import {
  defaultSettings,
  settingsChanged,
  type Settings,
} from '../features/settings/settingsSlice';
import {
  chatSelected,
  disconnectRequested,
  holdRequested,
  pickUpRequested,
  transferRequested,
  unholdRequested,
} from '../features/interactions/interactionCommands';
import { windowClosed } from '../features/interactions/interactionsSlice';
import { newMessageClicked, replyTyped, sendRequested } from '../features/messages/messageCommands';
import { doneRequested, wrapupReopenRequested } from '../features/wrapup/wrapupCommands';
import { codeChosen, notesChanged, wrapupClosed } from '../features/wrapup/wrapupSlice';
import { presenceRequested } from '../features/session/sessionSlice';
import { noticeDismissed } from '../features/notices/noticesSlice';
import { crmRecordChosen } from '../features/crm/crmSlice';
import type { CrmRecord } from '../ports/crmAdapter';
import { retryRequested } from '../features/outbox/outboxCommands';
import { defaultTimings, type CoreTimings, type Logger, type SocketFactory } from './coreDeps';
import { rootSaga } from './rootSaga';
import { makeStore } from './store';

export interface AgentCoreOptions {
  platform: PlatformClient;
  crm: CrmAdapter;
  storage: Storage;
  clock: Clock;
  settings?: Partial<Settings>;
  /** Defaults to the standard WebSocket class. */
  openSocket?: SocketFactory;
  logger?: Logger;
  timings?: Partial<CoreTimings>;
  random?: () => number;
}

const consoleLogger: Logger = {
  warn: (message, detail) => {
    console.warn(`[acd-core] ${message}`, detail ?? '');
  },
};

const standardSocket: SocketFactory = (url) => new WebSocket(url);

/** What the persistence saga keeps per agent (features/persistence). */
const STORED_WORK = ['drafts', 'wrapup', 'outbox', 'crm'] as const;

export function createAgentCore(options: AgentCoreOptions) {
  const sagaMiddleware = createSagaMiddleware();
  const store = makeStore(undefined, sagaMiddleware);
  store.dispatch(settingsChanged({ ...defaultSettings, ...options.settings }));
  let task: Task | null = null;
  const deps = {
    platform: options.platform,
    crm: options.crm,
    storage: options.storage,
    clock: options.clock,
    openSocket: options.openSocket ?? standardSocket,
    logger: options.logger ?? consoleLogger,
    timings: { ...defaultTimings, ...options.timings },
    random: options.random ?? Math.random,
    storageKey: (name: string) =>
      `acd-core:${store.getState().session.user?.id ?? 'anonymous'}:${name}`,
  };
  const d = store.dispatch;

  const api = {
    /** Signs in with the platform and starts the connection; resolves when the session is known. */
    start(): Promise<void> {
      task ??= sagaMiddleware.run(rootSaga, deps);
      return new Promise((resolve) => {
        const check = () => {
          const status = store.getState().session.status;
          if (status === 'ready' || status === 'failed') {
            unsubscribe();
            resolve();
          }
        };
        const unsubscribe = store.subscribe(check);
        check();
      });
    },
    /** Stops every saga: the socket closes and no timer is left behind. */
    async stop(): Promise<void> {
      if (task === null) return;
      task.cancel();
      await task.toPromise();
      task = null;
    },
    /** Sign-out: removes this agent's stored drafts, wrap-up forms, outbox and CRM choices. */
    async forgetStoredWork(): Promise<void> {
      for (const name of STORED_WORK) await deps.storage.removeItem(deps.storageKey(name));
    },
    pickUp: (conversationId: string) => d(pickUpRequested({ conversationId })),
    disconnect: (conversationId: string) => d(disconnectRequested({ conversationId })),
    hold: (conversationId: string) => d(holdRequested({ conversationId })),
    unhold: (conversationId: string) => d(unholdRequested({ conversationId })),
    transfer: (conversationId: string, target: TransferTarget, targetName: string) =>
      d(transferRequested({ conversationId, target, targetName })),
    selectChat: (conversationId: string) => d(chatSelected({ conversationId })),
    closeWindow: (conversationId: string) => d(windowClosed({ conversationId })),
    typeReply: (conversationId: string, text: string) => d(replyTyped({ conversationId, text })),
    sendReply: (conversationId: string) => d(sendRequested({ conversationId })),
    markNewMessagesSeen: (conversationId: string) => d(newMessageClicked({ conversationId })),
    chooseWrapupCode: (conversationId: string, codeId: string | null) =>
      d(codeChosen({ conversationId, codeId })),
    writeNotes: (conversationId: string, notes: string) =>
      d(notesChanged({ conversationId, notes })),
    finishWrapup: (conversationId: string) => d(doneRequested({ conversationId })),
    closeWrapup: (conversationId: string) => d(wrapupClosed({ conversationId })),
    reopenWrapup: (conversationId: string) => d(wrapupReopenRequested({ conversationId })),
    setPresence: (presence: SystemPresence) => d(presenceRequested({ presence })),
    changeSettings: (settings: Partial<Settings>) => d(settingsChanged(settings)),
    dismissNotice: (id: string) => d(noticeDismissed({ id })),
    retryOutboxItem: (id: string) => d(retryRequested({ id })),
    /** The agent's pick when the screen pop found several records; the log attaches to it. */
    chooseCrmRecord: (conversationId: string, record: CrmRecord) =>
      d(crmRecordChosen({ conversationId, record })),
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
  };

  return { store, api };
}

export type AgentCore = ReturnType<typeof createAgentCore>;
export type AgentCoreApi = AgentCore['api'];
