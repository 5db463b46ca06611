// The PlatformClient the hosts use: both flavours side by side. Calls that concern no single
// conversation go to the shared endpoints; a conversation's verbs go to the flavour it is
// (known from the core's state, from what this client listed, or else from the platform's
// generic conversation look-up, which also yields the communication ids it needs next).
import type { ConversationVerbs, PlatformClient } from '../ports/platformClient';
import { createChatPlatformClient } from './chatPlatformClient';
import { createCommunicationIdLookup } from './communicationIdLookup';
import type { ConversationMedia, ConversationSnapshot } from './conversationSnapshot';
import { createMessagingPlatformClient } from './messaging/messagingPlatformClient';
import { isBadRequest, isNotFound, isPlatformError } from './platformError';
import type { PlatformHttp } from './platformHttp';

export type MediaSource = (conversationId: string) => ConversationMedia | undefined;

export interface RoutedPlatformClient extends PlatformClient {
  /** The core's own record of each conversation's media, asked first. */
  useMediaSource: (source: MediaSource) => void;
}

const MESSAGING_TOPIC = /^v2\.users\.[^.]+\.conversations\.(messages|inbound\.typing\.event)$/;

/** Enough for a long shift; the oldest entries go first. */
const MAX_REMEMBERED = 1000;

export function createPlatformClient(http: PlatformHttp): RoutedPlatformClient {
  const chat = createChatPlatformClient(http);
  const lookup = createCommunicationIdLookup(http);
  const messaging = createMessagingPlatformClient(http, lookup);
  const listed = new Map<string, ConversationMedia>();
  let source: MediaSource = () => undefined;

  const remember = (snapshots: ConversationSnapshot[]) => {
    for (const snapshot of snapshots) listed.set(snapshot.id, snapshot.media ?? 'chat');
    for (const oldest of listed.keys()) {
      if (listed.size <= MAX_REMEMBERED) break;
      listed.delete(oldest);
    }
  };

  const flavourOf = async (cid: string): Promise<ConversationVerbs> => {
    const media = source(cid) ?? listed.get(cid) ?? (await lookup.mediaOf(cid));
    return media === 'message' ? messaging : chat;
  };

  /** One conversation verb, sent to the conversation's flavour. */
  const routed =
    (verb: Exclude<keyof ConversationVerbs, 'listActiveChats'>) =>
    async (cid: string, ...rest: unknown[]): Promise<unknown> => {
      const flavour = await flavourOf(cid);
      // Each verb takes the conversation id first; the rest are passed on as given.
      const call = flavour[verb] as (cid: string, ...rest: unknown[]) => Promise<unknown>;
      return call(cid, ...rest);
    };
  const verb = <K extends Exclude<keyof ConversationVerbs, 'listActiveChats'>>(name: K) =>
    // The same signature as the flavours' own verb: routed() only looks at the first argument.
    routed(name) as unknown as ConversationVerbs[K];

  async function listMessagingConversations(): Promise<ConversationSnapshot[]> {
    try {
      return await messaging.listActiveChats();
    } catch (error) {
      // A platform (or org) without web messaging has no such listing: nothing to add.
      if (isNotFound(error)) return [];
      throw error;
    }
  }

  /**
   * A platform or org without web messaging refuses its topics (400, or 403 without the
   * permission): the chat topics alone are subscribed then, so chats keep working.
   */
  async function subscribe(channelId: string, topics: string[]): Promise<void> {
    try {
      await chat.subscribe(channelId, topics);
    } catch (error) {
      const refused = isBadRequest(error) || (isPlatformError(error) && error.status === 403);
      const chatTopics = topics.filter((topic) => !MESSAGING_TOPIC.test(topic));
      if (!refused || chatTopics.length === topics.length) throw error;
      await chat.subscribe(channelId, chatTopics);
    }
  }

  return {
    ...chat,
    subscribe,
    async listActiveChats() {
      const [chats, messages] = await Promise.all([
        chat.listActiveChats(),
        listMessagingConversations(),
      ]);
      const all = [...chats, ...messages];
      remember(all);
      return all;
    },
    getChat: verb('getChat'),
    getCommunicationId: verb('getCommunicationId'),
    listAgentCommunicationIds: verb('listAgentCommunicationIds'),
    pickUp: verb('pickUp'),
    hold: verb('hold'),
    unhold: verb('unhold'),
    disconnect: verb('disconnect'),
    sendMessage: verb('sendMessage'),
    sendTyping: verb('sendTyping'),
    markSeen: verb('markSeen'),
    listMessages: verb('listMessages'),
    fetchMessages: verb('fetchMessages'),
    transfer: verb('transfer'),
    listParticipantWrapupCodes: verb('listParticipantWrapupCodes'),
    submitWrapup: verb('submitWrapup'),
    useMediaSource(next) {
      source = next;
    },
    endCallsUnderWay: () => {
      http.endCallsUnderWay();
    },
  };
}
