// The wire shapes of the ACD platform API (Genesys-Cloud-style API v2, ACD chat flavour),
// as listed in the platform spec. The simulator produces them and the client consumes them,
// so both import them from here.
import type { MessagingCommunication } from './messagingTypes';

export type ParticipantPurpose = 'customer' | 'agent' | 'acd' | 'workflow';
export type ParticipantState = 'alerting' | 'connected' | 'disconnected' | 'terminated';
export type DisconnectType =
  'client' | 'peer' | 'transfer' | 'timeout' | 'endpoint' | 'system' | 'error';
export type ParticipantWrapupPrompt =
  'mandatory' | 'optional' | 'timeout' | 'forcedTimeout' | 'agentRequested';
export type QueueWrapupPrompt =
  'MANDATORY' | 'OPTIONAL' | 'MANDATORY_TIMEOUT' | 'MANDATORY_FORCED_TIMEOUT' | 'AGENT_REQUESTED';
export type RoutingStatusValue =
  'OFF_QUEUE' | 'IDLE' | 'INTERACTING' | 'NOT_RESPONDING' | 'COMMUNICATING';
export type SystemPresence = 'Available' | 'Away' | 'Busy' | 'Offline' | 'On Queue';

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

export interface PagedListing<T> {
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

export interface PresenceDefinitionRef {
  id: string;
  systemPresence: SystemPresence;
  selfUri?: string;
}

export interface UserPresence {
  source: string;
  presenceDefinition: PresenceDefinitionRef;
  message?: string;
  modifiedDate: string;
}

export interface RoutingStatus {
  userId: string;
  status: RoutingStatusValue;
  startTime: string;
}

export interface User {
  id: string;
  name: string;
  email: string;
  username: string;
  state: 'active' | 'inactive' | 'deleted';
  division?: EntityRef;
  presence?: UserPresence;
  routingStatus?: RoutingStatus;
  authorization?: { permissions: string[] };
  selfUri: string;
}

export interface UserSearchRequest {
  pageSize?: number;
  pageNumber?: number;
  query: { type: string; fields?: string[]; value?: string }[];
}

export interface UserSearchResponse {
  total: number;
  pageCount: number;
  pageSize: number;
  pageNumber: number;
  results: User[];
}

export interface AcwSettings {
  wrapupPrompt: QueueWrapupPrompt;
  timeoutMs?: number;
}

export interface Queue {
  id: string;
  name: string;
  description?: string;
  division?: EntityRef;
  acwSettings: AcwSettings;
  mediaSettings: { chat: { alertingTimeoutSeconds: number } };
  memberCount: number;
  selfUri: string;
}

export interface WrapupCode {
  id: string;
  name: string;
  description?: string;
  division: EntityRef;
  dateCreated: string;
  createdBy: string;
  selfUri: string;
}

export interface ParticipantWrapup {
  code: string;
  name: string;
  notes?: string;
  durationSeconds?: number;
  endTime?: string;
}

export interface ChatMediaParticipant {
  id: string;
  name: string;
  address?: string;
  purpose: ParticipantPurpose;
  state: ParticipantState;
  direction: 'inbound' | 'outbound';
  held: boolean;
  startTime: string;
  startAlertingTime?: string;
  connectedTime?: string;
  endTime?: string;
  startHoldTime?: string;
  disconnectType?: DisconnectType;
  user?: EntityRef;
  queue?: EntityRef;
  attributes: Record<string, string>;
  wrapupRequired: boolean;
  wrapupPrompt?: ParticipantWrapupPrompt;
  wrapupTimeoutMs?: number;
  alertingTimeoutMs?: number;
  wrapup?: ParticipantWrapup;
}

export interface ChatConversation {
  id: string;
  participants: ChatMediaParticipant[];
  otherMediaUris: string[];
  recentTransfers: unknown[];
  selfUri: string;
}

/** The generic conversation shape of GET /api/v2/conversations/{cid}. */
export interface Conversation {
  id: string;
  startTime: string;
  endTime?: string;
  participants: {
    id: string;
    name: string;
    purpose: ParticipantPurpose;
    userId?: string;
    queueId?: string;
    address?: string;
    startTime: string;
    endTime?: string;
    attributes: Record<string, string>;
    wrapupRequired: boolean;
    wrapup?: ParticipantWrapup;
    /** A chat participant's communications; a messaging one has `messages` instead. */
    chats?: {
      id: string;
      state: ParticipantState;
      held: boolean;
      direction: 'inbound' | 'outbound';
      disconnectType?: DisconnectType;
      connectedTime?: string;
      disconnectedTime?: string;
      startAlertingTime?: string;
      startHoldTime?: string;
    }[];
    messages?: MessagingCommunication[];
  }[];
  selfUri: string;
}

export interface WebChatMessage {
  id: string;
  conversation: EntityRef;
  sender: EntityRef;
  body: string;
  bodyType: 'standard' | 'notice' | 'member-join' | 'member-leave';
  timestamp: string;
  selfUri?: string;
}

export interface WebChatMessageEntityList {
  entities: WebChatMessage[];
  previousPage?: string;
  next?: string;
  selfUri?: string;
}

export interface Channel {
  id: string;
  connectUri: string;
  expires: string;
}

export interface ChannelTopic {
  id: string;
  selfUri?: string;
}

export interface NotificationEnvelope<T = unknown> {
  topicName: string;
  version: string;
  eventBody: T;
  metadata?: { CorrelationId?: string; type?: 'message' | 'typing-indicator' };
}

export interface AuthTokenGrant {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
}

/** Permissions an admin carries; agents have none of them. */
export const ADMIN_PERMISSIONS = [
  'routing:wrapupCode:add',
  'routing:wrapupCode:edit',
  'routing:wrapupCode:delete',
  'routing:wrapupCode:view',
  'routing:queue:edit',
] as const;

export const MAX_MESSAGE_LENGTH = 4000;
export const HEARTBEAT_INTERVAL_MS = 30_000;

export const userChatsTopic = (userId: string): string => `v2.users.${userId}.conversations.chats`;
/** The agent's presence, however it changed (another client, the platform's own UI). */
export const userPresenceTopic = (userId: string): string => `v2.users.${userId}.presence`;
export const chatMessagesTopic = (conversationId: string): string =>
  `v2.conversations.chats.${conversationId}.messages`;

/** The platform's system presence definitions carry the same well-known ids in every org. */
export const SYSTEM_PRESENCE_IDS: Record<SystemPresence, string> = {
  Available: '6a3af858-942f-489d-9700-5f9bcdcdae9b',
  Away: '5e5c5c66-ea97-4e7f-ac41-6424784829f2',
  Busy: '31fe3bac-dea6-44b7-bed7-47f91660a1a0',
  Offline: 'ccf3c10a-aa2c-4845-8e8d-f59fa48c58e5',
  'On Queue': 'e08eaf1b-ee47-4fa9-a231-1200e284798f',
};

/** The participant attribute where the client keeps the agent's last seen message id. */
export const LAST_SEEN_ATTRIBUTE = 'acd.lastSeenMessageId';
