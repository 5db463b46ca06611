// The moves an agent makes through the official SDK to get a chat into a given state, shared
// by the chat, error and notification conformance tests.
import { SEED_IDS } from '../engine/seedData';
import type {
  ChatMediaParticipant,
  ConversationsApi,
  PlatformClientSdk,
  PresenceApi,
  SdkApiClient,
} from './platformClientSdk';
import {
  ON_QUEUE_PRESENCE_ID,
  agentLegOf,
  communicationIdOf,
  customerOf,
  type SimControl,
} from './sdkHarness';

/** The ids the SDK's chat calls take, for one agent's leg of one chat. */
export interface ChatLeg {
  conversationId: string;
  participantId: string;
  communicationId: string;
  customerCommunicationId: string;
}

export interface ChatRequest {
  queueId?: string;
  customerName?: string;
  customerEmail?: string;
  firstMessage?: string;
}

export class SdkAgentDesk {
  private readonly conversations: ConversationsApi;
  private readonly presence: PresenceApi;
  private currentToken = '';

  constructor(
    sdk: PlatformClientSdk,
    private readonly client: SdkApiClient,
    private readonly sim: SimControl,
  ) {
    this.conversations = new sdk.ConversationsApi(client);
    this.presence = new sdk.PresenceApi(client);
  }

  /** Makes the SDK's calls as the user this token belongs to. */
  actAs(token: string): void {
    this.currentToken = token;
    this.client.setAccessToken(token);
  }

  /** Puts a user On Queue with their own token, then acts as before. */
  async goOnQueue(token: string, userId: string): Promise<void> {
    this.client.setAccessToken(token);
    try {
      await this.presence.patchUserPresencesPurecloud(userId, {
        presenceDefinition: { id: ON_QUEUE_PRESENCE_ID },
      });
    } finally {
      this.client.setAccessToken(this.currentToken);
    }
  }

  /** A customer starts a chat that alerts `agentId` (who must be the one routable agent). */
  async chatAlerting(agentId: string, request: ChatRequest = {}): Promise<ChatLeg> {
    const conversationId = await this.sim.startChat({
      queueId: request.queueId ?? SEED_IDS.queueSupport,
      customerName: request.customerName ?? 'Jo Customer',
      customerEmail: request.customerEmail ?? 'jo@example.com',
      firstMessage: request.firstMessage ?? 'Hello, my order is late',
    });
    const chat = await this.conversations.getConversationsChat(conversationId);
    const generic = await this.conversations.getConversation(conversationId);
    const participantId = agentLegOf(chat, agentId).id;
    return {
      conversationId,
      participantId,
      communicationId: communicationIdOf(generic, participantId),
      customerCommunicationId: communicationIdOf(generic, customerOf(chat).id),
    };
  }

  /** As chatAlerting, then the agent picks up. */
  async chatConnected(agentId: string, request: ChatRequest = {}): Promise<ChatLeg> {
    const leg = await this.chatAlerting(agentId, request);
    await this.conversations.patchConversationsChatParticipant(
      leg.conversationId,
      leg.participantId,
      { state: 'connected' },
    );
    return leg;
  }

  /** As chatConnected, then the agent disconnects: the chat now waits for a wrap-up. */
  async chatOwingWrapup(agentId: string, request: ChatRequest = {}): Promise<ChatLeg> {
    const leg = await this.chatConnected(agentId, request);
    await this.conversations.patchConversationsChatParticipant(
      leg.conversationId,
      leg.participantId,
      { state: 'disconnected' },
    );
    return leg;
  }

  /** A user's newest leg of a chat, read fresh through the SDK. */
  async legOf(conversationId: string, userId: string): Promise<ChatMediaParticipant> {
    return agentLegOf(await this.conversations.getConversationsChat(conversationId), userId);
  }
}
