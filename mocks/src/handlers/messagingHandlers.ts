// MSW handlers for the agent's side of web messaging (/api/v2/conversations/messages/...).
// Pick-up, disconnect, transfer and wrap-up are the chat commands on a messaging conversation;
// what differs (the transcript, typing, no hold) lives in engine/messaging.
import { http } from 'msw';
import type { AcdEngine } from '../engine/acdEngine';
import {
  participantWrapupCodes,
  patchAttributes,
  patchParticipant,
  replaceParticipant,
  submitWrapup,
} from '../engine/chatCommands';
import { readableConversation } from '../engine/conversationAccess';
import {
  bulkMessages,
  messagingConversationOf,
  sendAgentMessagingMessage,
  sendAgentMessagingTyping,
} from '../engine/messaging/messagingCommands';
import { toMessageConversation } from '../engine/messaging/messagingModel';
import { readPageQuery } from '../engine/paging';
import { platformRoute } from './platformResponse';

const MESSAGES = '*/api/v2/conversations/messages';

export function createMessagingHandlers(engine: AcdEngine) {
  const ok = (body: unknown) => ({ status: 200, body });
  const accepted = { status: 202 };
  const ctx = () => engine.context;
  const route = platformRoute(engine);
  /** The id of a messaging conversation (a chat is not found here). */
  const messaging = (cid: string | undefined) => messagingConversationOf(ctx(), cid ?? '').id;

  return [
    http.get(
      MESSAGES,
      route(({ caller, url }) =>
        ok(engine.activeMessages(caller, readPageQuery(url.searchParams))),
      ),
    ),
    http.get(
      `${MESSAGES}/:cid`,
      route(({ caller }, p) =>
        ok(toMessageConversation(readableConversation(ctx(), caller, messaging(p.cid)))),
      ),
    ),
    http.post(
      `${MESSAGES}/:cid/messages/bulk`,
      route(({ caller, body }, p) =>
        ok(bulkMessages(ctx(), readableConversation(ctx(), caller, messaging(p.cid)).id, body)),
      ),
    ),
    http.post(
      `${MESSAGES}/:cid/communications/:commId/messages`,
      route(({ caller, body }, p) =>
        ok(sendAgentMessagingMessage(ctx(), caller, messaging(p.cid), p.commId ?? '', body)),
      ),
    ),
    http.post(
      `${MESSAGES}/:cid/communications/:commId/typing`,
      route(({ caller, body }, p) => {
        sendAgentMessagingTyping(ctx(), caller, messaging(p.cid), p.commId ?? '', body);
        return accepted;
      }),
    ),
    http.patch(
      `${MESSAGES}/:cid/participants/:pid`,
      route(({ caller, body }, p) => {
        patchParticipant(ctx(), caller, messaging(p.cid), p.pid ?? '', body);
        return accepted;
      }),
    ),
    http.patch(
      `${MESSAGES}/:cid/participants/:pid/attributes`,
      route(({ caller, body }, p) => {
        patchAttributes(ctx(), caller, messaging(p.cid), p.pid ?? '', body);
        return accepted;
      }),
    ),
    http.post(
      `${MESSAGES}/:cid/participants/:pid/replace`,
      route(({ caller, body }, p) => {
        replaceParticipant(ctx(), caller, messaging(p.cid), p.pid ?? '', body);
        return accepted;
      }),
    ),
    http.get(
      `${MESSAGES}/:cid/participants/:pid/wrapupcodes`,
      route(({ caller }, p) =>
        ok(participantWrapupCodes(ctx(), caller, messaging(p.cid), p.pid ?? '')),
      ),
    ),
    http.post(
      `${MESSAGES}/:cid/participants/:pid/communications/:commId/wrapup`,
      route(({ caller, body }, p) => {
        submitWrapup(ctx(), caller, messaging(p.cid), p.pid ?? '', p.commId ?? '', body);
        return accepted;
      }),
    ),
  ];
}
