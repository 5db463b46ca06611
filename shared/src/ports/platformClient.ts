// The core's view of the ACD platform: domain verbs, one implementation per flavour (ACD chat,
// web messaging) and a router over both (platform/createPlatformClient.ts). Every method
// rejects with a PlatformError (see platform/platformError.ts), never a bare Error.
import type {
  ConversationMedia,
  ConversationSnapshot,
  TranscriptMessage,
} from '../platform/conversationSnapshot';
import type {
  Channel,
  PagedListing,
  Queue,
  RoutingStatusValue,
  SystemPresence,
  User,
  WrapupCode,
} from '../platform/platformTypes';

export type TransferTarget = { queueId: string } | { userId: string };

export interface WrapupSubmission {
  /** Wrap-up code id. */
  code: string;
  notes?: string;
}

export interface PageRequest {
  pageNumber?: number;
  pageSize?: number;
  /** Name filter; the platform accepts `*` wildcards. */
  name?: string;
}

export interface PlatformClient {
  /** The signed-in user with presence, routing status and permissions. */
  getMe: () => Promise<User>;
  /** Every active conversation of the caller (all pages, every flavour the client speaks). */
  listActiveChats: () => Promise<ConversationSnapshot[]>;
  getChat: (conversationId: string) => Promise<ConversationSnapshot>;
  /** The chat communication id of a participant (cached after the first look-up). */
  getCommunicationId: (conversationId: string, participantId: string) => Promise<string>;
  /** Communication ids of every agent participant: their messages are agent lines. */
  listAgentCommunicationIds: (conversationId: string) => Promise<string[]>;
  pickUp: (conversationId: string, participantId: string) => Promise<void>;
  hold: (conversationId: string, participantId: string) => Promise<void>;
  unhold: (conversationId: string, participantId: string) => Promise<void>;
  disconnect: (conversationId: string, participantId: string) => Promise<void>;
  sendMessage: (
    conversationId: string,
    participantId: string,
    body: string,
  ) => Promise<TranscriptMessage>;
  sendTyping: (conversationId: string, participantId: string) => Promise<void>;
  /** Records the agent's last seen message id in the participant's attributes. */
  markSeen: (conversationId: string, participantId: string, messageId: string) => Promise<void>;
  /** The whole transcript, oldest first (follows the platform's pages). */
  listMessages: (conversationId: string) => Promise<TranscriptMessage[]>;
  /** These messages with their text (web messaging: one bulk request per 1,000 ids). */
  fetchMessages: (conversationId: string, messageIds: string[]) => Promise<TranscriptMessage[]>;
  transfer: (
    conversationId: string,
    participantId: string,
    target: TransferTarget,
  ) => Promise<void>;
  /** The codes assigned to the participant's queue. */
  listParticipantWrapupCodes: (
    conversationId: string,
    participantId: string,
  ) => Promise<WrapupCode[]>;
  submitWrapup: (
    conversationId: string,
    participantId: string,
    wrapup: WrapupSubmission,
  ) => Promise<void>;
  listWrapupCodes: (page?: PageRequest) => Promise<PagedListing<WrapupCode>>;
  createWrapupCode: (name: string, description?: string) => Promise<WrapupCode>;
  renameWrapupCode: (codeId: string, name: string) => Promise<WrapupCode>;
  deleteWrapupCode: (codeId: string) => Promise<void>;
  listQueueWrapupCodes: (queueId: string, page?: PageRequest) => Promise<PagedListing<WrapupCode>>;
  assignWrapupCodes: (queueId: string, codeIds: string[]) => Promise<void>;
  unassignWrapupCode: (queueId: string, codeId: string) => Promise<void>;
  searchUsers: (text: string) => Promise<User[]>;
  searchQueues: (text: string) => Promise<Queue[]>;
  listMyQueues: () => Promise<Queue[]>;
  setPresence: (presence: SystemPresence) => Promise<void>;
  setRoutingStatus: (userId: string, status: RoutingStatusValue) => Promise<void>;
  createChannel: () => Promise<Channel>;
  subscribe: (channelId: string, topics: string[]) => Promise<void>;
  /** A client speaking several flavours asks the core which one a conversation is. */
  useMediaSource?: (source: (conversationId: string) => ConversationMedia | undefined) => void;
  /**
   * The core has stopped: calls still under way make no further attempt and ask for no new
   * token (a signed-out client must not go on calling, or prompt a sign-in).
   */
  endCallsUnderWay?: () => void;
}

/** The verbs that act on one conversation: each flavour implements them its own way. */
export type ConversationVerbs = Pick<
  PlatformClient,
  | 'listActiveChats'
  | 'getChat'
  | 'getCommunicationId'
  | 'listAgentCommunicationIds'
  | 'pickUp'
  | 'hold'
  | 'unhold'
  | 'disconnect'
  | 'sendMessage'
  | 'sendTyping'
  | 'markSeen'
  | 'listMessages'
  | 'fetchMessages'
  | 'transfer'
  | 'listParticipantWrapupCodes'
  | 'submitWrapup'
>;
