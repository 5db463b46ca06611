// MSW handlers for the platform API subset of the spec. They match any origin, so the same
// handlers serve msw/node, the browser worker and the loopback server.
import { http } from 'msw';
import type { AcdEngine } from '../engine/acdEngine';
import {
  listMessages,
  participantWrapupCodes,
  patchAttributes,
  patchParticipant,
  replaceParticipant,
  sendAgentMessage,
  sendAgentTyping,
  submitWrapup,
} from '../engine/chatCommands';
import {
  chatConversationId,
  mayReadConversation,
  readableConversation,
} from '../engine/conversationAccess';
import type { SimUser } from '../engine/directory';
import { toChatConversation, toGenericConversation } from '../engine/conversationModel';
import { readPageQuery } from '../engine/paging';
import { SimPlatformError } from '../engine/platformError';
import { platformRoute, socketBaseUrl } from './platformResponse';

const API = '*/api/v2';

export function createPlatformHandlers(engine: AcdEngine) {
  const ok = (body: unknown) => ({ status: 200, body });
  const accepted = { status: 202 };
  const ctx = () => engine.context;
  // Every handler takes its path params from the info object MSW passes.
  const route = platformRoute(engine);
  // A messaging conversation is not found under /conversations/chats, as on the platform.
  const chat = (cid: string | undefined) => chatConversationId(ctx(), cid ?? '');
  // A conversation that does not exist cannot be heard either: the topic check says 403.
  const mayRead = (caller: SimUser) => (conversationId: string) => {
    const conversation = engine.context.conversations.get(conversationId);
    return conversation !== undefined && mayReadConversation(engine.context, caller, conversation);
  };
  const selfOnly = (callerId: string, userId: string, admin: boolean) => {
    if (callerId !== userId && !admin)
      throw new SimPlatformError(403, 'Missing permission to act for another user');
  };

  return [
    http.get(
      `${API}/tokens/me`,
      route(({ request }) => ok(engine.tokenInfo(request.headers.get('authorization')))),
    ),
    http.delete(
      `${API}/tokens/me`,
      route(({ request }) => {
        engine.revokeToken(request.headers.get('authorization'));
        return { status: 204 };
      }),
    ),
    http.get(
      `${API}/users/me`,
      route(({ caller, url }) =>
        ok(engine.me(caller, url.searchParams.getAll('expand').join(','))),
      ),
    ),
    http.post(
      `${API}/users/search`,
      route(({ body }) => ok(engine.searchUsers(body))),
    ),
    http.get(
      `${API}/users/:userId/routingstatus`,
      route((_c, p) => ok(engine.routingStatus(p.userId ?? ''))),
    ),
    http.put(
      `${API}/users/:userId/routingstatus`,
      route(({ caller, body }, p) => ok(engine.putRoutingStatus(caller, p.userId ?? '', body))),
    ),
    http.get(
      `${API}/users/:userId/presences/purecloud`,
      route((_c, p) => ok(engine.presence(p.userId ?? ''))),
    ),
    http.patch(
      `${API}/users/:userId/presences/purecloud`,
      route(({ caller, body }, p) => {
        selfOnly(caller.id, p.userId ?? '', caller.admin);
        return ok(engine.patchPresence(p.userId ?? '', body));
      }),
    ),
    http.get(
      `${API}/routing/queues/me`,
      route(({ caller, url }) => ok(engine.myQueues(caller, readPageQuery(url.searchParams)))),
    ),
    http.get(
      `${API}/routing/queues`,
      route(({ url }) =>
        ok(
          engine.listQueues({
            ...readPageQuery(url.searchParams),
            name: url.searchParams.get('name'),
          }),
        ),
      ),
    ),

    http.get(
      `${API}/conversations/chats`,
      route(({ caller, url }) => ok(engine.activeChats(caller, readPageQuery(url.searchParams)))),
    ),
    http.get(
      `${API}/conversations/chats/:cid`,
      route(({ caller }, p) =>
        ok(toChatConversation(readableConversation(ctx(), caller, chat(p.cid)))),
      ),
    ),
    http.get(
      `${API}/conversations/chats/:cid/messages`,
      route(({ caller, url }, p) =>
        ok(
          listMessages(ctx(), readableConversation(ctx(), caller, chat(p.cid)).id, {
            after: url.searchParams.get('after'),
            before: url.searchParams.get('before'),
            sortOrder: url.searchParams.get('sortOrder'),
            maxResults: url.searchParams.get('maxResults'),
          }),
        ),
      ),
    ),
    http.patch(
      `${API}/conversations/chats/:cid/participants/:pid`,
      route(({ caller, body }, p) => {
        patchParticipant(ctx(), caller, chat(p.cid), p.pid ?? '', body);
        return accepted;
      }),
    ),
    http.patch(
      `${API}/conversations/chats/:cid/participants/:pid/attributes`,
      route(({ caller, body }, p) => {
        patchAttributes(ctx(), caller, chat(p.cid), p.pid ?? '', body);
        return accepted;
      }),
    ),
    http.post(
      `${API}/conversations/chats/:cid/communications/:commId/messages`,
      route(({ caller, body }, p) =>
        ok(sendAgentMessage(ctx(), caller, chat(p.cid), p.commId ?? '', body)),
      ),
    ),
    http.post(
      `${API}/conversations/chats/:cid/communications/:commId/typing`,
      route(({ caller }, p) => {
        sendAgentTyping(ctx(), caller, chat(p.cid), p.commId ?? '');
        return accepted;
      }),
    ),
    http.post(
      `${API}/conversations/chats/:cid/participants/:pid/replace`,
      route(({ caller, body }, p) => {
        replaceParticipant(ctx(), caller, chat(p.cid), p.pid ?? '', body);
        return accepted;
      }),
    ),
    http.get(
      `${API}/conversations/chats/:cid/participants/:pid/wrapupcodes`,
      route(({ caller }, p) => ok(participantWrapupCodes(ctx(), caller, chat(p.cid), p.pid ?? ''))),
    ),
    http.get(
      `${API}/conversations/:cid/participants/:pid/wrapupcodes`,
      route(({ caller }, p) => ok(participantWrapupCodes(ctx(), caller, p.cid ?? '', p.pid ?? ''))),
    ),
    http.post(
      `${API}/conversations/chats/:cid/participants/:pid/communications/:commId/wrapup`,
      route(({ caller, body }, p) => {
        submitWrapup(ctx(), caller, chat(p.cid), p.pid ?? '', p.commId ?? '', body);
        return accepted;
      }),
    ),
    http.get(
      `${API}/conversations/:cid`,
      route(({ caller }, p) =>
        ok(toGenericConversation(readableConversation(ctx(), caller, p.cid ?? ''))),
      ),
    ),

    http.get(
      `${API}/routing/wrapupcodes`,
      route(({ caller, url }) => {
        engine.context.directory.requirePermission(caller, 'routing:wrapupCode:view');
        return ok(
          engine.listCodes({
            ...readPageQuery(url.searchParams),
            name: url.searchParams.get('name'),
            sortOrder: url.searchParams.get('sortOrder'),
          }),
        );
      }),
    ),
    http.post(
      `${API}/routing/wrapupcodes`,
      route(({ caller, body }) => ok(engine.createCode(caller, body))),
    ),
    http.get(
      `${API}/routing/wrapupcodes/:id`,
      route(({ caller }, p) => {
        engine.context.directory.requirePermission(caller, 'routing:wrapupCode:view');
        return ok(engine.context.codes.get(p.id ?? ''));
      }),
    ),
    http.put(
      `${API}/routing/wrapupcodes/:id`,
      route(({ caller, body }, p) => ok(engine.updateCode(caller, p.id ?? '', body))),
    ),
    http.delete(
      `${API}/routing/wrapupcodes/:id`,
      route(({ caller }, p) => {
        engine.deleteCode(caller, p.id ?? '');
        return { status: 204 };
      }),
    ),
    http.get(
      `${API}/routing/queues/:qid/wrapupcodes`,
      route(({ caller, url }, p) => {
        engine.context.directory.requirePermission(caller, 'routing:wrapupCode:view');
        return ok(engine.queueCodes(p.qid ?? '', readPageQuery(url.searchParams)));
      }),
    ),
    http.post(
      `${API}/routing/queues/:qid/wrapupcodes`,
      route(({ caller, body }, p) => ok(engine.assignCodes(caller, p.qid ?? '', body))),
    ),
    http.delete(
      `${API}/routing/queues/:qid/wrapupcodes/:codeId`,
      route(({ caller }, p) => {
        engine.unassignCode(caller, p.qid ?? '', p.codeId ?? '');
        return { status: 204 };
      }),
    ),

    http.post(
      `${API}/notifications/channels`,
      route(({ caller, url }) => ok(engine.hub.createChannel(caller.id, socketBaseUrl(url)))),
    ),
    http.get(
      `${API}/notifications/channels/:id/subscriptions`,
      route(({ caller }, p) => ok({ entities: engine.hub.listTopics(caller.id, p.id ?? '') })),
    ),
    http.put(
      `${API}/notifications/channels/:id/subscriptions`,
      route(({ caller, body }, p) =>
        ok({ entities: engine.hub.setTopics(caller.id, p.id ?? '', body, true, mayRead(caller)) }),
      ),
    ),
    http.post(
      `${API}/notifications/channels/:id/subscriptions`,
      route(({ caller, body }, p) =>
        ok({ entities: engine.hub.setTopics(caller.id, p.id ?? '', body, false, mayRead(caller)) }),
      ),
    ),
    http.delete(
      `${API}/notifications/channels/:id/subscriptions`,
      route(({ caller }, p) => {
        engine.hub.clearTopics(caller.id, p.id ?? '');
        return { status: 204 };
      }),
    ),
  ];
}
