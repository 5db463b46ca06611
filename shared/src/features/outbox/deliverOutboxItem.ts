// One delivery attempt of an outbox item, by kind. An attempt that may have landed before
// (uncertain) first asks the platform, so nothing is ever sent twice.
import { call, put, select } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { callCrm } from '../../app/crmCall';
import type { RootState } from '../../app/rootReducer';
import { isPlatformError } from '../../platform/platformError';
import type { WebChatMessage } from '../../platform/platformTypes';
import { interactionLogged } from '../crm/crmSlice';
import {
  agentSendersKnown,
  allMessagesById,
  localMessageConfirmed,
  messageOf,
  type Transcript,
} from '../messages/messagesSlice';
import { interactionLogText } from '../wrapup/interactionLogText';
import type { InteractionLog } from '../../ports/crmAdapter';
import type { OutboxItem } from './outboxSlice';

/** How far the platform's clock may be behind ours when matching an uncertain message. */
const CLOCK_SKEW_MS = 5 * 60_000;

function* findDeliveredMessage(deps: CoreDeps, item: OutboxItem, body: string) {
  const [messages, ownId] = [
    yield* call(deps.platform.listMessages, item.conversationId),
    yield* call(deps.platform.getCommunicationId, item.conversationId, item.participantId),
  ];
  const earliest = item.createdAt - CLOCK_SKEW_MS;
  const transcript = yield* select((s: RootState) => s.messages.entities[item.conversationId]);
  // Copies shown before the first attempt are other sends. An item stored by a version that
  // did not note them rules out the whole transcript, as that version did.
  const notThis = new Set(
    item.earlierCopies ??
      (transcript === undefined ? [] : Object.keys(allMessagesById(transcript))),
  );
  return messages.find(
    (m: WebChatMessage) =>
      m.sender.id === ownId &&
      m.body === body &&
      Date.parse(m.timestamp) >= earliest &&
      !notThis.has(m.id),
  );
}

/** The ids of the transcript's messages reading `body`, once it is loaded (see earlierCopies). */
export function copiesShown(
  transcript: Transcript | undefined,
  body: string,
  ownKey: string,
): string[] | undefined {
  if (transcript?.loaded !== true) return undefined;
  return transcript.messageIds.filter(
    (id) => id !== ownKey && messageOf(transcript, id)?.body === body,
  );
}

function* deliverMessage(deps: CoreDeps, item: OutboxItem, body: string) {
  const landed = item.uncertain ? yield* findDeliveredMessage(deps, item, body) : undefined;
  const message =
    landed ??
    (yield* call(deps.platform.sendMessage, item.conversationId, item.participantId, body));
  yield* put(localMessageConfirmed({ key: item.id, message }));
  // The platform named the agent's own sender: their lines are theirs even if the transcript's
  // list of agents has not loaded.
  yield* put(
    agentSendersKnown({ conversationId: item.conversationId, agentSenderIds: [message.sender.id] }),
  );
}

/** Whether the platform already holds this participant's wrap-up. */
function* wrapupLanded(deps: CoreDeps, item: OutboxItem) {
  try {
    const chat = yield* call(deps.platform.getChat, item.conversationId);
    const leg = chat.participants.find((p) => p.id === item.participantId);
    return leg?.wrapup !== undefined || leg?.state === 'terminated';
  } catch (error) {
    // Gone from the caller's chats: nothing is owed any more.
    if (isPlatformError(error) && error.status === 404) return true;
    throw error;
  }
}

function* deliverWrapup(deps: CoreDeps, item: OutboxItem, code: string, notes?: string) {
  if (item.uncertain && (yield* wrapupLanded(deps, item))) return;
  try {
    yield* call(deps.platform.submitWrapup, item.conversationId, item.participantId, {
      code,
      notes,
    });
  } catch (error) {
    // A refusal may only mean an earlier attempt (or a forced timeout) got there first.
    const refused = isPlatformError(error) && error.kind === 'http' && (error.status ?? 0) < 500;
    if (refused && (yield* wrapupLanded(deps, item))) return;
    throw error;
  }
}

function* deliverCrmLog(deps: CoreDeps, item: OutboxItem) {
  if (item.payload.kind !== 'crmLog') return;
  const known = yield* select((s: RootState) => s.crm.entities[item.conversationId]);
  const language = yield* select((s: RootState) => s.settings.language);
  const saved = item.payload.log;
  const log = {
    ...saved,
    // A log kept in storage by a version that did not render it yet gets its text now.
    text: (saved.text as InteractionLog['text'] | undefined) ?? interactionLogText(saved, language),
    relatedRecord: item.payload.log.relatedRecord ?? known?.chosen,
    existingRecordId: known?.loggedRecordId ?? item.payload.log.existingRecordId,
  };
  // Unanswered in time, the attempt fails and is retried like any other CRM failure. Should the
  // write land after all, a note on a record the adapter knows is found by its marker and not
  // written twice; a record the late attempt created may be created again (a known gap).
  const { recordId } = yield* callCrm(deps, deps.crm.logInteraction, log);
  yield* put(interactionLogged({ conversationId: item.conversationId, recordId }));
}

export function* deliverOutboxItem(deps: CoreDeps, item: OutboxItem) {
  switch (item.payload.kind) {
    case 'message':
      yield* deliverMessage(deps, item, item.payload.body);
      return;
    case 'wrapup':
      yield* deliverWrapup(deps, item, item.payload.code, item.payload.notes);
      return;
    case 'crmLog':
      yield* deliverCrmLog(deps, item);
      return;
  }
}
