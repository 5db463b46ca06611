// The conversation verbs on the platform's web messaging API (/api/v2/conversations/messages).
// Snapshots list message ids only; texts come from the bulk call, up to 1,000 ids a request.
// There is no hold in this flavour: hold and unhold refuse with a clear error.
import type { ConversationVerbs } from '../../ports/platformClient';
import { collectListing } from '../collectPages';
import type { CommunicationIdLookup } from '../communicationIdLookup';
import type { TranscriptMessage } from '../conversationSnapshot';
import { PlatformError } from '../platformError';
import type { PlatformHttp } from '../platformHttp';
import { arrayOf, isWrapupCode } from '../platformShapes';
import { LAST_SEEN_ATTRIBUTE } from '../platformTypes';
import { apiPath } from '../requestUrl';
import { MESSAGING_LIST_READ } from '../startUpReads';
import { messageOwners, snapshotOfMessageConversation, transcriptMessageOf } from './fromMessaging';
import { isMessageConversation, isMessageData, isTextMessageListing } from './messagingShapes';
import { MAX_BULK_MESSAGE_IDS, type MessageConversation } from '../messagingTypes';

/** How long one typing event lasts on the customer's side. */
const TYPING_DURATION_MS = 5000;

const conversationPath = (cid: string) => apiPath`/api/v2/conversations/messages/${cid}`;
const legPath = (cid: string, pid: string) =>
  `${conversationPath(cid)}${apiPath`/participants/${pid}`}`;
const commPath = (cid: string, commId: string) =>
  `${conversationPath(cid)}${apiPath`/communications/${commId}`}`;

function noHold(): Promise<never> {
  return Promise.reject(
    new PlatformError('http', 'Web messaging conversations cannot be held', { status: 400 }),
  );
}

export function createMessagingPlatformClient(
  http: PlatformHttp,
  lookup: CommunicationIdLookup,
): ConversationVerbs {
  const commIdOf = lookup.communicationIdOf;

  const loadConversation = (cid: string): Promise<MessageConversation> =>
    http.request('GET', conversationPath(cid), { idempotent: true, expect: isMessageConversation });

  const setLeg = async (cid: string, pid: string, body: object) => {
    await http.request('PATCH', legPath(cid, pid), { body, idempotent: true });
  };

  /** Texts of `ids`, in bulk requests of at most 1,000; `senders` maps id to sender. */
  async function bulk(cid: string, ids: string[], senders?: Map<string, string>) {
    const found: TranscriptMessage[] = [];
    for (let from = 0; from < ids.length; from += MAX_BULK_MESSAGE_IDS) {
      // Reading changes nothing, so a lost answer may be asked again.
      const listing = await http.request('POST', `${conversationPath(cid)}/messages/bulk`, {
        body: ids.slice(from, from + MAX_BULK_MESSAGE_IDS),
        idempotent: true,
        expect: isTextMessageListing,
      });
      for (const data of listing.entities) {
        found.push(transcriptMessageOf(data, cid, senders?.get(data.id)));
      }
    }
    return found;
  }

  return {
    listActiveChats: async () =>
      (
        await collectListing(
          http,
          MESSAGING_LIST_READ.path,
          MESSAGING_LIST_READ.query,
          isMessageConversation,
        )
      ).map(snapshotOfMessageConversation),

    getChat: async (cid) => snapshotOfMessageConversation(await loadConversation(cid)),

    getCommunicationId: commIdOf,
    listAgentCommunicationIds: lookup.agentCommunicationIdsOf,

    pickUp: (cid, pid) => setLeg(cid, pid, { state: 'connected' }),
    disconnect: (cid, pid) => setLeg(cid, pid, { state: 'disconnected' }),
    hold: noHold,
    unhold: noHold,

    async sendMessage(cid, pid, textBody) {
      const commId = await commIdOf(cid, pid);
      // Never repeated here: the outbox decides, after checking what landed.
      const sent = await http.request('POST', `${commPath(cid, commId)}/messages`, {
        body: { textBody },
        expect: isMessageData,
      });
      return transcriptMessageOf(sent, cid, commId);
    },

    async sendTyping(cid, pid) {
      const commId = await commIdOf(cid, pid);
      await http.request('POST', `${commPath(cid, commId)}/typing`, {
        body: { typing: { type: 'On', duration: TYPING_DURATION_MS } },
      });
    },

    async markSeen(cid, pid, messageId) {
      await http.request('PATCH', `${legPath(cid, pid)}/attributes`, {
        body: { attributes: { [LAST_SEEN_ATTRIBUTE]: messageId } },
        idempotent: true,
      });
    },

    async listMessages(cid) {
      const conversation = await loadConversation(cid);
      const owners = messageOwners(conversation);
      // Each message's sender is its participant's communication id (one cached look-up).
      const senders = new Map<string, string>();
      for (const [messageId, pid] of owners) {
        const commId = await commIdOf(cid, pid).catch(() => undefined);
        if (commId !== undefined) senders.set(messageId, commId);
      }
      const messages = await bulk(cid, [...owners.keys()], senders);
      return messages.sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    },

    fetchMessages: (cid, ids) => bulk(cid, ids),

    async transfer(cid, pid, target) {
      const body = 'queueId' in target ? { queueId: target.queueId } : { userId: target.userId };
      await http.request('POST', `${legPath(cid, pid)}/replace`, { body });
    },

    listParticipantWrapupCodes: (cid, pid) =>
      http.request('GET', `${legPath(cid, pid)}/wrapupcodes`, {
        idempotent: true,
        expect: arrayOf(isWrapupCode),
      }),

    async submitWrapup(cid, pid, wrapup) {
      const commId = await commIdOf(cid, pid);
      await http.request(
        'POST',
        `${legPath(cid, pid)}${apiPath`/communications/${commId}`}/wrapup`,
        {
          body: { code: wrapup.code, notes: wrapup.notes },
        },
      );
    },
  };
}
