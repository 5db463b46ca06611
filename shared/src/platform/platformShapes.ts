// Minimal checks of the platform's answers: the fields the core reads or keys on. An answer
// that fails them becomes a 'malformedResponse' error at the edge instead of a crash later.
import type { ResponseGuard } from './platformHttp';
import type {
  Channel,
  ChatConversation,
  PagedListing,
  Queue,
  User,
  WebChatMessage,
  WebChatMessageEntityList,
  WrapupCode,
} from './platformTypes';
import { MAX_MESSAGE_LENGTH } from './platformTypes';
import { isRecord, type Fields } from '../guards/isRecord';

/** What getCommunicationId reads of GET /api/v2/conversations/{cid}. */
export interface ConversationCommunications {
  id: string;
  participants: {
    id: string;
    purpose?: string;
    chats?: { id: string }[];
    /** A web messaging conversation's communications (messaging flavour). */
    messages?: { id: string }[];
  }[];
}

/** POST /api/v2/users/search: the platform leaves `results` out when nothing matched. */
export interface UserSearchResults {
  results?: User[];
}

function hasStrings(value: Fields, ...keys: string[]): boolean {
  return keys.every((key) => typeof value[key] === 'string');
}

function hasNumbers(value: Fields, ...keys: string[]): boolean {
  return keys.every((key) => typeof value[key] === 'number');
}

function isOptional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRef = (value: unknown): boolean => isRecord(value) && hasStrings(value, 'id');

export function arrayOf<T>(guard: ResponseGuard<T>): ResponseGuard<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every((item) => guard(item));
}

export function pagedListingOf<T>(guard: ResponseGuard<T>): ResponseGuard<PagedListing<T>> {
  const entities = arrayOf(guard);
  return (value): value is PagedListing<T> =>
    isRecord(value) &&
    entities(value.entities) &&
    hasNumbers(value, 'pageSize', 'pageNumber', 'total', 'pageCount') &&
    isOptional(value.nextUri, isString);
}

export function isUser(value: unknown): value is User {
  return (
    isRecord(value) &&
    hasStrings(value, 'id', 'name') &&
    isOptional(value.authorization, (auth) => isRecord(auth) && arrayOf(isString)(auth.permissions))
  );
}

export function isQueue(value: unknown): value is Queue {
  return isRecord(value) && hasStrings(value, 'id', 'name');
}

export function isWrapupCode(value: unknown): value is WrapupCode {
  return isRecord(value) && hasStrings(value, 'id', 'name');
}

const PARTICIPANT_STATES: readonly unknown[] = [
  'alerting',
  'connected',
  'disconnected',
  'terminated',
];

const WRAPUP_PROMPTS: readonly unknown[] = [
  'mandatory',
  'optional',
  'timeout',
  'forcedTimeout',
  'agentRequested',
];

// The platform writes ISO-8601 UTC times; anything else (or a date that does not exist) would
// make the UI's date formatting fail, so it never passes the boundary.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

const isOptionalTime = (value: unknown): boolean => isOptional(value, isIsoTime);
const isOptionalString = (value: unknown): boolean => isOptional(value, isString);
const isDuration = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isNamedRef = (value: unknown): boolean =>
  isRef(value) && isOptionalString((value as Fields).name);
const isStringMap = (value: unknown): boolean =>
  isRecord(value) && Object.values(value).every(isString);

// Every field the core derives an interaction from or the UI shows or formats (names, times,
// prompts, wrap-up) is checked for its type here, so no render meets a wrong one.
function isChatParticipant(value: unknown): boolean {
  return (
    isRecord(value) &&
    hasStrings(value, 'id', 'purpose') &&
    isIsoTime(value.startTime) &&
    PARTICIPANT_STATES.includes(value.state) &&
    typeof value.held === 'boolean' &&
    isStringMap(value.attributes) &&
    isOptionalString(value.name) &&
    isOptionalString(value.address) &&
    isOptionalString(value.disconnectType) &&
    isOptionalTime(value.startAlertingTime) &&
    isOptionalTime(value.connectedTime) &&
    isOptionalTime(value.endTime) &&
    isOptionalTime(value.startHoldTime) &&
    isOptional(value.user, isNamedRef) &&
    isOptional(value.queue, isNamedRef) &&
    isOptional(value.wrapupRequired, (v) => typeof v === 'boolean') &&
    isOptional(value.wrapupPrompt, (v) => WRAPUP_PROMPTS.includes(v)) &&
    isOptional(value.wrapupTimeoutMs, isDuration) &&
    isOptional(value.alertingTimeoutMs, isDuration) &&
    isOptional(value.wrapup, (w) => isRecord(w) && hasStrings(w, 'code', 'name'))
  );
}

export function isChatConversation(value: unknown): value is ChatConversation {
  return (
    isRecord(value) &&
    hasStrings(value, 'id') &&
    Array.isArray(value.participants) &&
    value.participants.every(isChatParticipant)
  );
}

export function isWebChatMessage(value: unknown): value is WebChatMessage {
  return (
    isRecord(value) &&
    hasStrings(value, 'id', 'body', 'bodyType') &&
    isIsoTime(value.timestamp) &&
    // The platform refuses longer messages; a longer body is not one of its messages.
    (value.body as string).length <= MAX_MESSAGE_LENGTH &&
    isRef(value.sender) &&
    isRef(value.conversation)
  );
}

export function isWebChatMessageEntityList(value: unknown): value is WebChatMessageEntityList {
  return (
    isRecord(value) && arrayOf(isWebChatMessage)(value.entities) && isOptional(value.next, isString)
  );
}

export function isConversationCommunications(value: unknown): value is ConversationCommunications {
  const isParticipant = (participant: unknown): boolean =>
    isRecord(participant) &&
    hasStrings(participant, 'id') &&
    (participant.purpose === undefined || typeof participant.purpose === 'string') &&
    (participant.chats === undefined ||
      (Array.isArray(participant.chats) && participant.chats.every(isRef))) &&
    (participant.messages === undefined ||
      (Array.isArray(participant.messages) && participant.messages.every(isRef)));
  return (
    isRecord(value) &&
    hasStrings(value, 'id') &&
    Array.isArray(value.participants) &&
    value.participants.every(isParticipant)
  );
}

export function isUserSearchResults(value: unknown): value is UserSearchResults {
  return isRecord(value) && isOptional(value.results, arrayOf(isUser));
}

export function isChannel(value: unknown): value is Channel {
  return isRecord(value) && hasStrings(value, 'id', 'connectUri', 'expires');
}
