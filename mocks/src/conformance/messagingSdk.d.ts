// The slice of purecloud-platform-client-v2@262.0.0 (installed as the npm alias
// purecloud-platform-client-v2-current) that the messaging conformance suite drives, typed from
// the SDK's own index.d.ts (ConversationsApi, PresenceApi and the Models they name). Its
// index.d.ts declares the module under the unaliased name, so it cannot be imported beside
// 252's local typing; only what the tests call or read is here.
import type {
  EntityListing,
  EntityRef,
  SdkApiClient,
  Wrapup,
  WrapupCode,
} from './platformClientSdk';

export interface MessageDetails {
  messageId?: string;
  messageURI?: string;
  messageStatus?: string;
  messageTime?: string;
}

export interface MessageMediaParticipant {
  id?: string;
  name?: string;
  purpose?: string;
  state?: string;
  held?: boolean;
  disconnectType?: string;
  wrapupRequired?: boolean;
  wrapupPrompt?: string;
  user?: EntityRef;
  queue?: EntityRef;
  wrapup?: Wrapup;
  messages?: MessageDetails[];
}

export interface MessageConversation {
  id?: string;
  participants?: MessageMediaParticipant[];
  selfUri?: string;
}

export interface ConversationNormalizedMessage {
  id?: string;
  type: string;
  text?: string;
  status?: string;
  direction?: string;
  originatingEntity?: string;
}

export interface MessageData {
  id?: string;
  timestamp: string;
  direction?: string;
  messengerType?: string;
  textBody?: string;
  status: string;
  normalizedMessage?: ConversationNormalizedMessage;
  conversationId?: string;
  selfUri?: string;
}

export interface GenericMessagingConversation {
  id?: string;
  participants?: { id?: string; purpose?: string; messages?: { id?: string; state?: string }[] }[];
}

export interface MessagingConversationsApi {
  getConversation(conversationId: string): Promise<GenericMessagingConversation>;
  getConversationsMessages(): Promise<EntityListing<MessageConversation>>;
  getConversationsMessage(conversationId: string): Promise<MessageConversation>;
  postConversationsMessageMessagesBulk(
    conversationId: string,
    opts?: { body?: string[] },
  ): Promise<{ entities?: MessageData[] }>;
  postConversationsMessageCommunicationMessages(
    conversationId: string,
    communicationId: string,
    body: { textBody: string; mediaIds?: string[] },
  ): Promise<MessageData>;
  postConversationsMessageCommunicationTyping(
    conversationId: string,
    communicationId: string,
    body: { typing: { type: string; duration?: number } },
  ): Promise<void>;
  patchConversationsMessageParticipant(
    conversationId: string,
    participantId: string,
    opts?: {
      body?: { state?: string; held?: boolean; wrapup?: { code?: string; notes?: string } };
    },
  ): Promise<void>;
  getConversationsMessageParticipantWrapupcodes(
    conversationId: string,
    participantId: string,
  ): Promise<WrapupCode[]>;
  postConversationsMessageParticipantCommunicationWrapup(
    conversationId: string,
    participantId: string,
    communicationId: string,
    opts?: { body?: { code?: string; notes?: string } },
  ): Promise<void>;
}

export interface MessagingPlatformClientSdk {
  ApiClient: { instance: SdkApiClient };
  ConversationsApi: new (client?: SdkApiClient) => MessagingConversationsApi;
  PresenceApi: new (client?: SdkApiClient) => {
    patchUserPresencesPurecloud(
      userId: string,
      body: { presenceDefinition: { id: string } },
    ): Promise<unknown>;
  };
}
