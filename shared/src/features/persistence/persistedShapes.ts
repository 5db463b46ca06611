// What may come back from storage: written by an older version, edited by hand, cut short.
// Each entry is checked on its own so one bad entry costs only itself.
import type { ReplyDraft } from '../compose/composeSlice';
import type { CustomerRecord } from '../crm/crmSlice';
import type { OutboxItem } from '../outbox/outboxSlice';
import type { WrapupForm } from '../wrapup/wrapupSlice';
import { isRecord } from '../../guards/isRecord';

const isString = (value: unknown): value is string => typeof value === 'string';

export function parseList(text: string | null): unknown[] {
  if (text === null) return [];
  try {
    const value = JSON.parse(text) as unknown;
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}

export const isReplyDraft = (value: unknown): value is ReplyDraft =>
  isRecord(value) && isString(value.id) && isString(value.text);

export const isWrapupForm = (value: unknown): value is WrapupForm =>
  isRecord(value) &&
  isString(value.id) &&
  (value.codeId === null || isString(value.codeId)) &&
  isString(value.notes) &&
  typeof value.closedWithoutDone === 'boolean';

export function isOutboxItem(value: unknown): value is OutboxItem {
  if (!isRecord(value) || !isRecord(value.payload)) return false;
  const payload = value.payload;
  const payloadOk =
    (payload.kind === 'message' && isString(payload.body)) ||
    (payload.kind === 'wrapup' && isString(payload.code)) ||
    (payload.kind === 'crmLog' && isRecord(payload.log));
  return (
    payloadOk &&
    isString(value.id) &&
    isString(value.conversationId) &&
    isString(value.participantId) &&
    typeof value.createdAt === 'number' &&
    typeof value.attempts === 'number' &&
    typeof value.nextAttemptAt === 'number' &&
    (value.earlierCopies === undefined ||
      (Array.isArray(value.earlierCopies) && value.earlierCopies.every(isString)))
  );
}

export const isCustomerRecord = (value: unknown): value is CustomerRecord =>
  isRecord(value) && isString(value.id) && Array.isArray(value.records);
