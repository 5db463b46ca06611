// The PlatformClient port on the platform's ACD chat API (/api/v2/conversations/chats/...).
// `idempotent: true` marks calls that are safe to repeat after a 5xx or a network failure:
// reads, PUT/DELETE, and PATCHes that set an absolute state.
import type { PageRequest, PlatformClient, TransferTarget } from '../ports/platformClient';
import { collectListing, followPages } from './collectPages';
import { createCommunicationIdLookup } from './communicationIdLookup';
import type { PlatformHttp } from './platformHttp';
import {
  arrayOf,
  isChannel,
  isChatConversation,
  isQueue,
  isUser,
  isUserSearchResults,
  isWebChatMessage,
  isWebChatMessageEntityList,
  isWrapupCode,
  pagedListingOf,
} from './platformShapes';
import { LAST_SEEN_ATTRIBUTE, SYSTEM_PRESENCE_IDS } from './platformTypes';
import { apiPath, type QueryParams } from './requestUrl';
import { CHATS_LIST_READ, ME_READ } from './startUpReads';

/** The platform's page size cap for chat messages and a comfortable one for listings. */
const MESSAGES_PAGE_SIZE = 100;
const LISTING_PAGE_SIZE = 100;
const SEARCH_PAGE_SIZE = 25;
/** The platform accepts at most this many codes per assignment call. */
const ASSIGN_BATCH_SIZE = 100;

const pageQuery = (page: PageRequest = {}): QueryParams => ({
  pageNumber: page.pageNumber,
  pageSize: page.pageSize,
  name: page.name,
});

const participantPath = (conversationId: string, participantId: string) =>
  apiPath`/api/v2/conversations/chats/${conversationId}/participants/${participantId}`;

const communicationPath = (conversationId: string, communicationId: string) =>
  apiPath`/api/v2/conversations/chats/${conversationId}/communications/${communicationId}`;

export function createChatPlatformClient(http: PlatformHttp): PlatformClient {
  const lookup = createCommunicationIdLookup(http);
  const getCommunicationId = lookup.communicationIdOf;
  // setPresence needs the caller's id; it never changes within a session.
  let myUserId: Promise<string> | undefined;

  const getMe = async () => {
    const me = await http.request('GET', ME_READ.path, {
      query: ME_READ.query,
      idempotent: true,
      expect: isUser,
    });
    myUserId ??= Promise.resolve(me.id);
    return me;
  };

  const userId = (): Promise<string> => {
    myUserId ??= getMe().then(
      (me) => me.id,
      (error: unknown) => {
        myUserId = undefined;
        throw error;
      },
    );
    return myUserId;
  };

  const patchParticipant = async (conversationId: string, participantId: string, body: object) => {
    await http.request('PATCH', participantPath(conversationId, participantId), {
      body,
      idempotent: true,
    });
  };

  const listMessages = (conversationId: string) =>
    followPages(
      {
        path: apiPath`/api/v2/conversations/chats/${conversationId}/messages`,
        query: { maxResults: MESSAGES_PAGE_SIZE, sortOrder: 'ascending' },
      },
      async (link) => {
        const page = await http.request('GET', link.path, {
          query: link.query,
          idempotent: true,
          expect: isWebChatMessageEntityList,
        });
        const next = page.next === undefined || page.next === '' ? undefined : page.next;
        return { items: page.entities, next: next === undefined ? undefined : { path: next } };
      },
    );

  return {
    getMe,

    listActiveChats: () =>
      collectListing(http, CHATS_LIST_READ.path, CHATS_LIST_READ.query, isChatConversation),

    getChat: (conversationId) =>
      http.request('GET', apiPath`/api/v2/conversations/chats/${conversationId}`, {
        idempotent: true,
        expect: isChatConversation,
      }),

    getCommunicationId,
    listAgentCommunicationIds: lookup.agentCommunicationIdsOf,

    pickUp: (cid, pid) => patchParticipant(cid, pid, { state: 'connected' }),
    hold: (cid, pid) => patchParticipant(cid, pid, { held: true }),
    unhold: (cid, pid) => patchParticipant(cid, pid, { held: false }),
    disconnect: (cid, pid) => patchParticipant(cid, pid, { state: 'disconnected' }),

    async sendMessage(conversationId, participantId, body) {
      const communicationId = await getCommunicationId(conversationId, participantId);
      // Never repeated: a lost answer must not turn into a duplicate message.
      return http.request(
        'POST',
        `${communicationPath(conversationId, communicationId)}/messages`,
        {
          body: { body, bodyType: 'standard' },
          expect: isWebChatMessage,
        },
      );
    },

    async sendTyping(conversationId, participantId) {
      const communicationId = await getCommunicationId(conversationId, participantId);
      // A late typing indicator is worthless, so no retries.
      await http.request('POST', `${communicationPath(conversationId, communicationId)}/typing`);
    },

    async markSeen(conversationId, participantId, messageId) {
      await http.request('PATCH', `${participantPath(conversationId, participantId)}/attributes`, {
        body: { attributes: { [LAST_SEEN_ATTRIBUTE]: messageId } },
        idempotent: true,
      });
    },

    listMessages,

    // A chat's messages arrive whole on the socket; this serves a reload of a few of them.
    async fetchMessages(conversationId, messageIds) {
      const wanted = new Set(messageIds);
      return (await listMessages(conversationId)).filter((m) => wanted.has(m.id));
    },

    async transfer(conversationId, participantId, target: TransferTarget) {
      const body = 'queueId' in target ? { queueId: target.queueId } : { userId: target.userId };
      await http.request('POST', `${participantPath(conversationId, participantId)}/replace`, {
        body,
      });
    },

    listParticipantWrapupCodes: (conversationId, participantId) =>
      http.request('GET', `${participantPath(conversationId, participantId)}/wrapupcodes`, {
        idempotent: true,
        expect: arrayOf(isWrapupCode),
      }),

    async submitWrapup(conversationId, participantId, wrapup) {
      const communicationId = await getCommunicationId(conversationId, participantId);
      const path = apiPath`/api/v2/conversations/chats/${conversationId}/participants/${participantId}/communications/${communicationId}/wrapup`;
      // Not repeated here: once it lands the participant is terminated and a repeat fails.
      await http.request('POST', path, { body: { code: wrapup.code, notes: wrapup.notes } });
    },

    listWrapupCodes: (page) =>
      http.request('GET', '/api/v2/routing/wrapupcodes', {
        query: pageQuery(page),
        idempotent: true,
        expect: pagedListingOf(isWrapupCode),
      }),

    createWrapupCode: (name, description) =>
      http.request('POST', '/api/v2/routing/wrapupcodes', {
        body: { name, description },
        expect: isWrapupCode,
      }),

    async renameWrapupCode(codeId, name) {
      const path = apiPath`/api/v2/routing/wrapupcodes/${codeId}`;
      const code = await http.request('GET', path, { idempotent: true, expect: isWrapupCode });
      return http.request('PUT', path, {
        body: { ...code, name },
        idempotent: true,
        expect: isWrapupCode,
      });
    },

    async deleteWrapupCode(codeId) {
      await http.request('DELETE', apiPath`/api/v2/routing/wrapupcodes/${codeId}`, {
        idempotent: true,
      });
    },

    listQueueWrapupCodes: (queueId, page) =>
      http.request('GET', apiPath`/api/v2/routing/queues/${queueId}/wrapupcodes`, {
        query: pageQuery(page),
        idempotent: true,
        expect: pagedListingOf(isWrapupCode),
      }),

    async assignWrapupCodes(queueId, codeIds) {
      const path = apiPath`/api/v2/routing/queues/${queueId}/wrapupcodes`;
      for (let start = 0; start < codeIds.length; start += ASSIGN_BATCH_SIZE) {
        const batch = codeIds.slice(start, start + ASSIGN_BATCH_SIZE);
        await http.request('POST', path, { body: batch.map((id) => ({ id })) });
      }
    },

    async unassignWrapupCode(queueId, codeId) {
      await http.request(
        'DELETE',
        apiPath`/api/v2/routing/queues/${queueId}/wrapupcodes/${codeId}`,
        { idempotent: true },
      );
    },

    async searchUsers(text) {
      const value = text.trim();
      if (value === '') return [];
      // A search changes nothing, so it may be repeated although it is a POST.
      const found = await http.request('POST', '/api/v2/users/search', {
        body: {
          pageSize: SEARCH_PAGE_SIZE,
          pageNumber: 1,
          query: [{ type: 'CONTAINS', fields: ['name', 'email'], value }],
        },
        idempotent: true,
        expect: isUserSearchResults,
      });
      return found.results ?? [];
    },

    async searchQueues(text) {
      const value = text.trim();
      const listing = await http.request('GET', '/api/v2/routing/queues', {
        query: { name: value === '' ? undefined : `*${value}*`, pageSize: SEARCH_PAGE_SIZE },
        idempotent: true,
        expect: pagedListingOf(isQueue),
      });
      return listing.entities;
    },

    listMyQueues: () =>
      collectListing(http, '/api/v2/routing/queues/me', { pageSize: LISTING_PAGE_SIZE }, isQueue),

    async setPresence(presence) {
      const id = await userId();
      await http.request('PATCH', apiPath`/api/v2/users/${id}/presences/purecloud`, {
        body: { presenceDefinition: { id: SYSTEM_PRESENCE_IDS[presence] } },
        idempotent: true,
      });
    },

    async setRoutingStatus(id, status) {
      await http.request('PUT', apiPath`/api/v2/users/${id}/routingstatus`, {
        body: { status },
        idempotent: true,
      });
    },

    createChannel: () =>
      http.request('POST', '/api/v2/notifications/channels', { expect: isChannel }),

    async subscribe(channelId, topics) {
      await http.request(
        'PUT',
        apiPath`/api/v2/notifications/channels/${channelId}/subscriptions`,
        {
          body: topics.map((id) => ({ id })),
          idempotent: true,
        },
      );
    },
  };
}
