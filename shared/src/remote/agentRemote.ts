// The agent core shown in another frame: `hostAgentCore` runs beside the real core (the
// Zendesk background instance); `connectAgentView` gives a view (a ticket sidebar, the top
// bar) a store and an API of the same types as the core's own, so the UI cannot tell.
import type { AgentCore, AgentCoreApi } from '../app/createAgentCore';
import { rootReducer, type RootState } from '../app/rootReducer';
import { makeStore, type AppStore } from '../app/store';
import { PlatformError, type PlatformErrorKind } from '../platform/platformError';
import type { ErrorBody } from '../platform/platformTypes';
import { agentCommandApi } from '../app/agentCommandApi';
import { agentCommandTypes, agentOptimisticActions } from './agentCommands';
import { resumeAgentView } from './agentResume';
import type { RemoteAction } from './protocol';
import { startRemoteHost, type RemoteHost } from './remoteHost';
import { createRemoteReplica, type RemoteReplica } from './remoteReplica';
import type { RemoteTransport } from './transport';

/** Serves the core's state and commands to views; the calls a view may make are listed here. */
export function hostAgentCore(
  core: AgentCore,
  transport: RemoteTransport,
  options: {
    /** Host-specific calls views may make (e.g. handing over a sign-in), under `host`. */
    hostCalls?: Record<string, (...args: never[]) => unknown>;
    onRejected?: (reason: string, detail: unknown) => void;
  } = {},
): RemoteHost {
  const { api } = core;
  return startRemoteHost<RootState>({
    store: core.store,
    transport,
    acceptCommand: (action) => agentCommandTypes.has(action.type),
    // Views may read and administer; starting and stopping the core stays with the host.
    calls: {
      admin: { ...api.admin },
      searchUsers: api.searchUsers,
      searchQueues: api.searchQueues,
      // The diagnostics file comes from where the core runs: its log, its state.
      diagnostics: api.diagnostics,
      host: { ...options.hostCalls },
    },
    onRejected: options.onRejected,
  });
}

/** Gives back the PlatformError a view's UI expects (kind, status) from its remote copy. */
function revivePlatformError(error: Error): Error {
  if (error.name !== 'PlatformError') return error;
  const fields = error as Error & {
    kind?: PlatformErrorKind;
    status?: number;
    body?: ErrorBody;
    retryAfterSeconds?: number;
  };
  return new PlatformError(fields.kind ?? 'network', error.message, {
    status: fields.status,
    body: fields.body,
    retryAfterSeconds: fields.retryAfterSeconds,
  });
}

const REPLACED = '@@remote/replaced';

export interface AgentView {
  store: AppStore;
  api: AgentCoreApi;
  replica: RemoteReplica<RootState>;
  close(): void;
}

export function connectAgentView(
  transport: RemoteTransport,
  options: { helloIntervalMs?: number; callTimeoutMs?: number } = {},
): AgentView {
  const replica = createRemoteReplica<RootState>({
    transport,
    reducer: rootReducer,
    optimistic: agentOptimisticActions,
    resume: resumeAgentView,
    reviveError: revivePlatformError,
    ...options,
  });
  // A real store of the core's type, whose state is whatever the replica shows.
  const store = makeStore();
  store.replaceReducer((state, action) =>
    action.type === REPLACED
      ? (action as { type: string; payload: RootState }).payload
      : rootReducer(state, action),
  );
  const replace = () => store.dispatch({ type: REPLACED, payload: replica.getState() });
  const unsubscribe = replica.subscribe(replace);
  replace();
  // Read-only: an action dispatched in the view is a command for the core.
  const viewStore: AppStore = {
    ...store,
    dispatch: ((action: RemoteAction) => replica.dispatch(action)) as AppStore['dispatch'],
  };

  const call =
    <F extends (...args: never[]) => Promise<unknown>>(path: string[]) =>
    (...args: Parameters<F>) =>
      // The host answers with what the core's own method resolves to.
      replica.call(path, args) as ReturnType<F>;

  const api: AgentCoreApi = {
    ...agentCommandApi((action) => replica.dispatch(action)),
    /** A view starts nothing: it is ready once the core's state arrived. */
    start: () => replica.ready,
    /** Leaves the core running for the other views. */
    stop: () => {
      close();
      return Promise.resolve();
    },
    /** Sign-out from a view clears the core's stored work where the core runs. */
    forgetStoredWork: call<AgentCoreApi['forgetStoredWork']>(['forgetStoredWork']),
    admin: {
      listCodes: call<AgentCoreApi['admin']['listCodes']>(['admin', 'listCodes']),
      createCode: call<AgentCoreApi['admin']['createCode']>(['admin', 'createCode']),
      renameCode: call<AgentCoreApi['admin']['renameCode']>(['admin', 'renameCode']),
      deleteCode: call<AgentCoreApi['admin']['deleteCode']>(['admin', 'deleteCode']),
      listQueueCodes: call<AgentCoreApi['admin']['listQueueCodes']>(['admin', 'listQueueCodes']),
      assignCodes: call<AgentCoreApi['admin']['assignCodes']>(['admin', 'assignCodes']),
      unassignCode: call<AgentCoreApi['admin']['unassignCode']>(['admin', 'unassignCode']),
      searchQueues: call<AgentCoreApi['admin']['searchQueues']>(['admin', 'searchQueues']),
    },
    searchUsers: call<AgentCoreApi['searchUsers']>(['searchUsers']),
    searchQueues: call<AgentCoreApi['searchQueues']>(['searchQueues']),
    diagnostics: call<AgentCoreApi['diagnostics']>(['diagnostics']),
  };

  function close() {
    unsubscribe();
    replica.close();
  }

  return { store: viewStore, api, replica, close };
}
