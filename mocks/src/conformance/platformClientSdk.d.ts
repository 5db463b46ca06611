// The slice of purecloud-platform-client-v2@252.0.0 this suite drives, typed from the SDK's
// own sources (src/purecloud-platform-client-v2/api/*.js). Only what the tests call or read.
// Calls resolve to the body by default; with setReturnExtendedResponses(true) they resolve or
// reject with an SdkExtendedResponse instead (see sdkHarness.ts, which wraps that mode).

export interface SdkGateway {
  protocol: 'http' | 'https';
  host: string;
  port?: number;
}

export interface SdkConfiguration {
  /** `https://api.<environment>`: where calls go when no gateway is set. */
  readonly basePath: string;
  /** The SDK polls ~/.genesyscloudjavascript/config while this is true. */
  live_reload_config: boolean;
}

export interface SdkApiClient {
  readonly config: SdkConfiguration;
  setGateway(gateway?: SdkGateway): void;
  setEnvironment(environment: string): void;
  setAccessToken(token: string): void;
  clearAccessToken(): void;
  setReturnExtendedResponses(returnExtended: boolean): void;
  /** PKCE helpers and the code exchange of the SDK's browser login (loginPKCEGrant). */
  generatePKCECodeVerifier(length: number): string;
  computePKCECodeChallenge(verifier: string): Promise<string>;
  authorizePKCEGrant(
    clientId: string,
    codeVerifier: string,
    authCode: string,
    redirectUri: string,
  ): Promise<{ accessToken: string; tokenExpiryTime?: number }>;
}

/** What a call resolves or rejects with while extended responses are on. */
export interface SdkExtendedResponse<T> {
  status: number;
  statusText: string;
  /** axios's AxiosHeaders: header names in lower case. */
  headers: Readonly<Record<string, unknown>>;
  body: T;
  error: unknown;
}

// Models (the fields the tests read)

export interface EntityRef {
  id: string;
  name?: string;
  selfUri?: string;
}

export interface ErrorBody {
  message: string;
  code: string;
  status: number;
  messageParams: Record<string, string>;
  contextId: string;
  details: unknown[];
  errors: unknown[];
}

export interface EntityListing<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri?: string;
  nextUri?: string;
  previousUri?: string;
  lastUri?: string;
  selfUri?: string;
}

export interface TokenInfo {
  organization?: EntityRef;
  homeOrganization?: EntityRef;
  authorizedScope?: string[];
  dateTokenIdles?: string;
  OAuthClient?: EntityRef;
}

export interface UserPresence {
  source?: string;
  presenceDefinition: { id: string; systemPresence: string; selfUri?: string };
  modifiedDate?: string;
}

export interface RoutingStatus {
  userId: string;
  status: string;
  startTime: string;
}

export interface User {
  id: string;
  name: string;
  email: string;
  username: string;
  state: string;
  division?: EntityRef;
  presence?: UserPresence;
  routingStatus?: RoutingStatus;
  authorization?: { permissions: string[] };
  selfUri?: string;
}

export interface UserSearchRequest {
  pageSize?: number;
  pageNumber?: number;
  query: { type: string; fields?: string[]; value?: string }[];
}

export interface UsersSearchResponse {
  total: number;
  pageCount: number;
  pageSize: number;
  pageNumber: number;
  results: User[];
}

export interface Queue {
  id: string;
  name: string;
  division?: EntityRef;
  acwSettings: { wrapupPrompt: string; timeoutMs?: number };
  mediaSettings?: Record<string, unknown>;
  memberCount?: number;
  selfUri?: string;
}

export interface Wrapup {
  code: string;
  name?: string;
  notes?: string;
  durationSeconds?: number;
  endTime?: string;
}

export interface ChatMediaParticipant {
  id: string;
  name: string;
  address?: string;
  purpose: string;
  state: string;
  direction: string;
  held: boolean;
  startTime: string;
  startAlertingTime?: string;
  connectedTime?: string;
  endTime?: string;
  startHoldTime?: string;
  disconnectType?: string;
  user?: EntityRef;
  queue?: EntityRef;
  attributes: Record<string, string>;
  wrapupRequired: boolean;
  wrapupPrompt?: string;
  wrapupTimeoutMs?: number;
  alertingTimeoutMs?: number;
  wrapup?: Wrapup;
}

export interface ChatConversation {
  id: string;
  participants: ChatMediaParticipant[];
  otherMediaUris: string[];
  recentTransfers: unknown[];
  selfUri: string;
}

export interface ConversationChat {
  id: string;
  state: string;
  held: boolean;
  direction?: string;
  disconnectType?: string;
  connectedTime?: string;
  disconnectedTime?: string;
  startAlertingTime?: string;
  startHoldTime?: string;
}

export interface Participant {
  id: string;
  name?: string;
  purpose: string;
  userId?: string;
  queueId?: string;
  address?: string;
  startTime: string;
  endTime?: string;
  attributes: Record<string, string>;
  wrapupRequired?: boolean;
  wrapup?: Wrapup;
  chats: ConversationChat[];
}

export interface Conversation {
  id: string;
  startTime: string;
  endTime?: string;
  participants: Participant[];
  selfUri: string;
}

export interface MediaParticipantRequest {
  state?: 'connected' | 'disconnected';
  held?: boolean;
  wrapupSkipped?: boolean;
}

export interface WebChatMessage {
  id: string;
  conversation: EntityRef;
  sender: EntityRef;
  body: string;
  bodyType: string;
  timestamp: string;
}

export interface WebChatMessageEntityList {
  entities: WebChatMessage[];
  previousPage?: string;
  next?: string;
  selfUri?: string;
}

export interface TransferRequest {
  queueId?: string;
  userId?: string;
  address?: string;
}

export interface WrapupCode {
  id: string;
  name: string;
  description?: string;
  division?: EntityRef;
  dateCreated?: string;
  createdBy?: string;
  selfUri?: string;
}

export interface WrapupCodeRequest {
  name: string;
  description?: string;
}

export interface Channel {
  id: string;
  connectUri: string;
  expires: string;
}

export interface ChannelTopic {
  id: string;
}

export interface ChannelTopicEntityListing {
  entities: ChannelTopic[];
}

// Services (constructor defaults to ApiClient.instance)

export interface TokensApi {
  getTokensMe(opts?: { preserveIdleTTL?: boolean }): Promise<TokenInfo>;
  deleteTokensMe(): Promise<void>;
}

export interface UsersApi {
  getUsersMe(opts?: { expand?: string[] }): Promise<User>;
  postUsersSearch(body: UserSearchRequest): Promise<UsersSearchResponse>;
  getUserRoutingstatus(userId: string): Promise<RoutingStatus>;
  putUserRoutingstatus(userId: string, body: { status: string }): Promise<RoutingStatus>;
}

export interface PresenceApi {
  getUserPresencesPurecloud(userId: string): Promise<UserPresence>;
  patchUserPresencesPurecloud(
    userId: string,
    body: { presenceDefinition: { id?: string; systemPresence?: string } },
  ): Promise<UserPresence>;
}

export interface RoutingApi {
  getRoutingQueues(opts?: {
    pageSize?: number;
    pageNumber?: number;
    name?: string;
  }): Promise<EntityListing<Queue>>;
  getRoutingQueuesMe(opts?: {
    pageSize?: number;
    pageNumber?: number;
  }): Promise<EntityListing<Queue>>;
  getRoutingWrapupcodes(opts?: {
    pageSize?: number;
    pageNumber?: number;
    name?: string;
    sortOrder?: 'ascending' | 'descending';
  }): Promise<EntityListing<WrapupCode>>;
  postRoutingWrapupcodes(body: WrapupCodeRequest): Promise<WrapupCode>;
  getRoutingWrapupcode(codeId: string): Promise<WrapupCode>;
  putRoutingWrapupcode(codeId: string, body: WrapupCodeRequest): Promise<WrapupCode>;
  deleteRoutingWrapupcode(codeId: string): Promise<undefined>;
  getRoutingQueueWrapupcodes(
    queueId: string,
    opts?: { pageSize?: number; pageNumber?: number },
  ): Promise<EntityListing<WrapupCode>>;
  postRoutingQueueWrapupcodes(queueId: string, body: { id: string }[]): Promise<WrapupCode[]>;
  deleteRoutingQueueWrapupcode(queueId: string, codeId: string): Promise<undefined>;
}

export interface ConversationsApi {
  getConversationsChats(): Promise<EntityListing<ChatConversation>>;
  getConversationsChat(conversationId: string): Promise<ChatConversation>;
  getConversation(conversationId: string): Promise<Conversation>;
  patchConversationsChatParticipant(
    conversationId: string,
    participantId: string,
    body: MediaParticipantRequest,
  ): Promise<undefined>;
  patchConversationsChatParticipantAttributes(
    conversationId: string,
    participantId: string,
    body: { attributes: Record<string, string> },
  ): Promise<undefined>;
  postConversationsChatCommunicationMessages(
    conversationId: string,
    communicationId: string,
    body: { body: string; bodyType?: string },
  ): Promise<WebChatMessage>;
  postConversationsChatCommunicationTyping(
    conversationId: string,
    communicationId: string,
  ): Promise<undefined>;
  getConversationsChatMessages(
    conversationId: string,
    opts?: {
      after?: string;
      before?: string;
      sortOrder?: 'ascending' | 'descending';
      maxResults?: number;
    },
  ): Promise<WebChatMessageEntityList>;
  postConversationsChatParticipantReplace(
    conversationId: string,
    participantId: string,
    body: TransferRequest,
  ): Promise<undefined>;
  getConversationsChatParticipantWrapupcodes(
    conversationId: string,
    participantId: string,
  ): Promise<WrapupCode[]>;
  getConversationParticipantWrapupcodes(
    conversationId: string,
    participantId: string,
  ): Promise<WrapupCode[]>;
  postConversationsChatParticipantCommunicationWrapup(
    conversationId: string,
    participantId: string,
    communicationId: string,
    opts?: { body?: { code: string; notes?: string } },
  ): Promise<undefined>;
}

export interface NotificationsApi {
  postNotificationsChannels(): Promise<Channel>;
  putNotificationsChannelSubscriptions(
    channelId: string,
    body: ChannelTopic[],
  ): Promise<ChannelTopicEntityListing>;
  postNotificationsChannelSubscriptions(
    channelId: string,
    body: ChannelTopic[],
  ): Promise<ChannelTopicEntityListing>;
  getNotificationsChannelSubscriptions(channelId: string): Promise<ChannelTopicEntityListing>;
  deleteNotificationsChannelSubscriptions(channelId: string): Promise<undefined>;
}

/** `require('purecloud-platform-client-v2')`: one object holding the client and the services. */
export interface PlatformClientSdk {
  ApiClient: { readonly instance: SdkApiClient };
  TokensApi: new (apiClient?: SdkApiClient) => TokensApi;
  UsersApi: new (apiClient?: SdkApiClient) => UsersApi;
  PresenceApi: new (apiClient?: SdkApiClient) => PresenceApi;
  RoutingApi: new (apiClient?: SdkApiClient) => RoutingApi;
  ConversationsApi: new (apiClient?: SdkApiClient) => ConversationsApi;
  NotificationsApi: new (apiClient?: SdkApiClient) => NotificationsApi;
}
