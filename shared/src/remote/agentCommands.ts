// The agent API as commands a view can send to the core that runs elsewhere. Each method
// makes the same action the core's own API dispatches (agentRemote.test.ts proves they
// agree), so the host only has to dispatch it.
import type { AgentCoreApi } from '../app/createAgentCore';
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
import { retryRequested } from '../features/outbox/outboxCommands';
import { settingsChanged } from '../features/settings/settingsSlice';
import { draftChanged } from '../features/compose/composeSlice';
import type { RemoteAction } from './protocol';

/** The API methods that only dispatch an action (everything but start/stop and the calls). */
export type AgentCommandApi = Omit<
  AgentCoreApi,
  'start' | 'stop' | 'forgetStoredWork' | 'admin' | 'searchUsers' | 'searchQueues'
>;

export function agentCommandApi(
  dispatch: <A extends RemoteAction>(action: A) => A,
): AgentCommandApi {
  const d = dispatch;
  return {
    pickUp: (conversationId) => d(pickUpRequested({ conversationId })),
    disconnect: (conversationId) => d(disconnectRequested({ conversationId })),
    hold: (conversationId) => d(holdRequested({ conversationId })),
    unhold: (conversationId) => d(unholdRequested({ conversationId })),
    transfer: (conversationId, target, targetName) =>
      d(transferRequested({ conversationId, target, targetName })),
    selectChat: (conversationId) => d(chatSelected({ conversationId })),
    closeWindow: (conversationId) => d(windowClosed({ conversationId })),
    typeReply: (conversationId, text) => d(replyTyped({ conversationId, text })),
    sendReply: (conversationId) => d(sendRequested({ conversationId })),
    markNewMessagesSeen: (conversationId) => d(newMessageClicked({ conversationId })),
    chooseWrapupCode: (conversationId, codeId) => d(codeChosen({ conversationId, codeId })),
    writeNotes: (conversationId, notes) => d(notesChanged({ conversationId, notes })),
    finishWrapup: (conversationId) => d(doneRequested({ conversationId })),
    closeWrapup: (conversationId) => d(wrapupClosed({ conversationId })),
    reopenWrapup: (conversationId) => d(wrapupReopenRequested({ conversationId })),
    setPresence: (presence) => d(presenceRequested({ presence })),
    changeSettings: (settings) => d(settingsChanged(settings)),
    dismissNotice: (id) => d(noticeDismissed({ id })),
    retryOutboxItem: (id) => d(retryRequested({ id })),
    chooseCrmRecord: (conversationId, record) => d(crmRecordChosen({ conversationId, record })),
  };
}

const commandCreators = [
  pickUpRequested,
  disconnectRequested,
  holdRequested,
  unholdRequested,
  transferRequested,
  chatSelected,
  windowClosed,
  replyTyped,
  sendRequested,
  newMessageClicked,
  codeChosen,
  notesChanged,
  doneRequested,
  wrapupClosed,
  wrapupReopenRequested,
  presenceRequested,
  settingsChanged,
  noticeDismissed,
  retryRequested,
  crmRecordChosen,
];

/** The only action types a view may dispatch into the core. */
export const agentCommandTypes: ReadonlySet<string> = new Set(
  commandCreators.map((creator) => creator.type),
);

/**
 * What the view applies to its copy at once besides the command itself: the core turns a
 * keystroke into a draft update in a saga, and the reply box must not wait for it.
 */
export function agentOptimisticActions(action: RemoteAction): RemoteAction[] {
  if (replyTyped.match(action)) return [draftChanged(action.payload)];
  return [];
}
