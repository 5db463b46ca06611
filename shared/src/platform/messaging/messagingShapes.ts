// Checks of the messaging flavour's answers and events: the fields the core keys on or shows.
// Content (attachments, quick replies, cards) is customer-controlled: cleanContent keeps only
// well-typed items and only http(s) addresses, so nothing else ever reaches a render.
import { isRecord, type Fields } from '../../guards/isRecord';
import { isIsoTime } from '../platformShapes';
import type {
  MessageAttachment,
  MessageCard,
  MessageContent,
  MessageConversation,
  MessageData,
  TextMessageListing,
} from '../messagingTypes';

const STATES: readonly unknown[] = ['alerting', 'connected', 'disconnected', 'terminated'];
const isString = (value: unknown): value is string => typeof value === 'string';
const optional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value);
const isRef = (value: unknown) => isRecord(value) && isString(value.id);
const isStringMap = (value: unknown) => isRecord(value) && Object.values(value).every(isString);

function isMessageDetails(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value.messageId) &&
    isString(value.messageStatus) &&
    isIsoTime(value.messageTime)
  );
}

function isMessageParticipant(value: unknown): boolean {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.purpose) &&
    isIsoTime(value.startTime) &&
    STATES.includes(value.state) &&
    typeof value.held === 'boolean' &&
    isStringMap(value.attributes) &&
    optional(value.name, isString) &&
    optional(value.address, isString) &&
    optional(value.disconnectType, isString) &&
    optional(value.connectedTime, isIsoTime) &&
    optional(value.startAlertingTime, isIsoTime) &&
    optional(value.endTime, isIsoTime) &&
    optional(value.user, isRef) &&
    optional(value.queue, isRef) &&
    optional(value.wrapupRequired, (v) => typeof v === 'boolean') &&
    optional(value.wrapupPrompt, isString) &&
    optional(value.wrapup, (w) => isRecord(w) && isString(w.code) && isString(w.name)) &&
    Array.isArray(value.messages) &&
    value.messages.every(isMessageDetails)
  );
}

export function isMessageConversation(value: unknown): value is MessageConversation {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.selfUri) &&
    Array.isArray(value.otherMediaUris) &&
    Array.isArray(value.recentTransfers) &&
    Array.isArray(value.participants) &&
    value.participants.every(isMessageParticipant)
  );
}

export function isMessageData(value: unknown): value is MessageData {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isIsoTime(value.timestamp) &&
    isString(value.status) &&
    isString(value.conversationId) &&
    isString(value.textBody) &&
    (value.direction === 'inbound' || value.direction === 'outbound') &&
    isRecord(value.normalizedMessage) &&
    isString(value.normalizedMessage.type)
  );
}

export function isTextMessageListing(value: unknown): value is TextMessageListing {
  return isRecord(value) && Array.isArray(value.entities) && value.entities.every(isMessageData);
}

/** Only http and https addresses are ever shown as links (never javascript:, data:, ...). */
export function safeHttpUrl(value: unknown): string | undefined {
  if (!isString(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const MEDIA_TYPES = ['Image', 'Video', 'Audio', 'File', 'Link'] as const;

const isSize = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

function cleanAttachment(value: Fields): MessageAttachment | undefined {
  if (!isString(value.mediaType) && !isString(value.filename)) return undefined;
  return {
    id: isString(value.id) ? value.id : undefined,
    mediaType: MEDIA_TYPES.find((type) => type === value.mediaType) ?? 'File',
    url: safeHttpUrl(value.url),
    mime: isString(value.mime) ? value.mime : undefined,
    filename: isString(value.filename) ? value.filename : undefined,
    contentSizeBytes: isSize(value.contentSizeBytes) ? value.contentSizeBytes : undefined,
  };
}

function cleanCard(value: Fields): MessageCard | undefined {
  if (!isString(value.title)) return undefined;
  const actions = Array.isArray(value.actions) ? value.actions.filter(isRecord) : [];
  return {
    title: value.title,
    description: isString(value.description) ? value.description : undefined,
    // An action is shown by its label; one without a label has nothing to show.
    actions: actions.flatMap((action) =>
      isString(action.text)
        ? [
            {
              type: isString(action.type) ? action.type : 'Link',
              text: action.text,
              url: safeHttpUrl(action.url),
            },
          ]
        : [],
    ),
  };
}

/** The content items the client shows, cleaned; anything else is left out. */
export function cleanContent(value: unknown): MessageContent[] {
  if (!Array.isArray(value)) return [];
  const kept: MessageContent[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isString(item.contentType)) continue;
    if (isRecord(item.attachment)) {
      const attachment = cleanAttachment(item.attachment);
      if (attachment !== undefined) kept.push({ contentType: 'Attachment', attachment });
    } else if (isRecord(item.quickReply) && isString(item.quickReply.text)) {
      kept.push({
        contentType: 'QuickReply',
        quickReply: {
          text: item.quickReply.text,
          payload: isString(item.quickReply.payload) ? item.quickReply.payload : '',
        },
      });
    } else if (isRecord(item.card)) {
      const card = cleanCard(item.card);
      if (card !== undefined) kept.push({ contentType: 'Card', card });
    }
  }
  return kept;
}
