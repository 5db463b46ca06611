// The agent API's commands: each method dispatches one action. Written once, used by the
// core's own API (createAgentCore) and by a view of a core running elsewhere (remote/).
import type { UnknownAction } from '@reduxjs/toolkit';
import type { CrmRecord } from '../ports/crmAdapter';
import type { TransferTarget } from '../ports/platformClient';
import type { SystemPresence } from '../platform/platformTypes';
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
import {
  codesRetryRequested,
  doneRequested,
  wrapupReopenRequested,
} from '../features/wrapup/wrapupCommands';
import { codeChosen, notesChanged, wrapupClosed } from '../features/wrapup/wrapupSlice';
import { presenceRequested } from '../features/session/sessionSlice';
import { noticeDismissed } from '../features/notices/noticesSlice';
import { crmRecordChosen } from '../features/crm/crmSlice';
import { retryRequested } from '../features/outbox/outboxCommands';
import { resendRequested } from '../features/messaging/messagingEvents';
import { settingsChanged, type Settings } from '../features/settings/settingsSlice';

export type CommandDispatch = <A extends UnknownAction>(action: A) => A;

export function agentCommandApi(d: CommandDispatch) {
  return {
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
    retryWrapupCodes: (conversationId: string) => d(codesRetryRequested({ conversationId })),
    setPresence: (presence: SystemPresence) => d(presenceRequested({ presence })),
    changeSettings: (settings: Partial<Settings>) => d(settingsChanged(settings)),
    dismissNotice: (id: string) => d(noticeDismissed({ id })),
    retryOutboxItem: (id: string) => d(retryRequested({ id })),
    /** Sends again a web messaging message the platform reported as Failed (once). */
    resendMessage: (conversationId: string, messageId: string) =>
      d(resendRequested({ conversationId, messageId })),
    /** The agent's pick when the screen pop found several records; the log attaches to it. */
    chooseCrmRecord: (conversationId: string, record: CrmRecord) =>
      d(crmRecordChosen({ conversationId, record })),
  };
}

/** The API methods that only dispatch an action (everything but start/stop and the calls). */
export type AgentCommandApi = ReturnType<typeof agentCommandApi>;

/** Every action the methods above make: the only ones a view may send to a remote core. */
export const agentCommandCreators = [
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
  codesRetryRequested,
  presenceRequested,
  settingsChanged,
  noticeDismissed,
  retryRequested,
  resendRequested,
  crmRecordChosen,
] as const;
