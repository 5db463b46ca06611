// What agents and customers do to a chat: pick up, hold, disconnect, write, transfer,
// wrap up. Each command validates like the platform, changes state, then settles.
import {
  MAX_MESSAGE_LENGTH,
  type WebChatMessage,
  type WebChatMessageEntityList,
} from '@acd/shared';
import { isAgent, isCustomer, type SimConversation } from './conversationModel';
import type { SimUser } from './directory';
import {
  appendMessage,
  conversationOf,
  ownAgentParticipant,
  type EngineContext,
} from './engineContext';
import { endAgentLeg, enqueue, releaseQueueLeg, settle } from './chatRouter';
import { SimPlatformError, badRequest, conflict, notFound } from './platformError';

export function asObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest('The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/**
 * PATCH .../participants/{pid}: pick up, disconnect, hold/unhold, skip wrap-up, and (as the
 * platform's MediaParticipantRequest allows) a wrap-up given with the disconnect. Messaging
 * conversations are never held.
 */
export function patchParticipant(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  participantId: string,
  body: unknown,
): void {
  const patch = asObject(body);
  const conversation = conversationOf(ctx, conversationId);
  const p = ownAgentParticipant(conversation, participantId, caller.id);
  const { state, held, wrapupSkipped, wrapup } = patch;
  if (
    state === undefined &&
    held === undefined &&
    wrapupSkipped === undefined &&
    wrapup === undefined
  ) {
    throw badRequest('Nothing to change: give state, held, wrapupSkipped or wrapup');
  }
  if (held !== undefined && conversation.media === 'message') {
    throw badRequest('Messaging conversations cannot be held: every one stays open');
  }
  if (state !== undefined && state !== 'connected' && state !== 'disconnected') {
    throw badRequest('state must be "connected" or "disconnected"');
  }
  if (held !== undefined && typeof held !== 'boolean') throw badRequest('held must be a boolean');
  if (state === 'connected') pickUp(ctx, conversation, p);
  if (typeof held === 'boolean') setHeld(ctx, p, held);
  if (state === 'disconnected') disconnectAgent(ctx, conversation, p);
  if (wrapup !== undefined) recordWrapup(ctx, conversation, p, wrapup);
  if (wrapupSkipped === true) {
    if (p.wrapupPrompt !== 'optional' && p.wrapupPrompt !== 'agentRequested') {
      throw badRequest('This queue requires a wrap-up; it cannot be skipped');
    }
    if (p.state !== 'disconnected')
      throw badRequest('Wrap-up can be skipped only after the chat ends');
    p.wrapupSkipped = true;
    p.state = 'terminated';
  }
  settle(ctx, [conversation]);
}

function pickUp(
  ctx: EngineContext,
  conversation: SimConversation,
  p: SimConversation['participants'][number],
): void {
  if (p.state === 'connected') return;
  if (p.state !== 'alerting') {
    throw conflict('The chat is no longer alerting for you: it timed out or was taken');
  }
  if (p.alertTimer !== undefined) ctx.clock.clearTimer(p.alertTimer);
  p.alertTimer = undefined;
  p.state = 'connected';
  p.connectedTime = ctx.clock.now();
  releaseQueueLeg(ctx, conversation);
  // Only the chat transcript carries join and leave notices.
  if (conversation.media === 'chat') {
    appendMessage(ctx, conversation, p, `${p.name} joined the chat`, 'member-join');
  }
}

function setHeld(
  ctx: EngineContext,
  p: SimConversation['participants'][number],
  held: boolean,
): void {
  if (p.state !== 'connected') throw badRequest('Only a connected chat can be held or resumed');
  if (p.held === held) return;
  p.held = held;
  p.startHoldTime = held ? ctx.clock.now() : undefined;
}

function disconnectAgent(
  ctx: EngineContext,
  conversation: SimConversation,
  p: SimConversation['participants'][number],
): void {
  if (p.state === 'alerting') {
    // Declining an alert hands the chat back to its queue, keeping its place in line.
    endAgentLeg(ctx, p, 'client', false);
    conversation.waitingSince = p.startAlertingTime ?? ctx.clock.now();
    return;
  }
  if (p.state !== 'connected') return;
  if (conversation.media === 'chat') {
    appendMessage(ctx, conversation, p, `${p.name} left the chat`, 'member-leave');
  }
  endAgentLeg(ctx, p, 'client', true);
  // An agent's disconnect ends the chat: it never goes back to a queue.
  for (const other of conversation.participants) {
    if (other !== p && isCustomer(other) && other.state === 'connected') {
      other.state = 'disconnected';
      other.disconnectType = 'peer';
      other.endTime = ctx.clock.now();
    }
  }
  conversation.endTime = ctx.clock.now();
}

export function patchAttributes(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  participantId: string,
  body: unknown,
): void {
  const conversation = conversationOf(ctx, conversationId);
  const p = ownAgentParticipant(conversation, participantId, caller.id);
  const { attributes } = asObject(body);
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    throw badRequest('attributes must be an object of strings');
  }
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value !== 'string') throw badRequest(`attribute ${key} must be a string`);
    p.attributes[key] = value;
  }
  settle(ctx, [conversation]);
}

/** The caller's own agent communication: agents write only as themselves. */
export function agentByCommunication(
  conversation: SimConversation,
  commId: string,
  userId: string,
) {
  const p = conversation.participants.find((x) => x.commId === commId);
  if (p === undefined) throw notFound('Communication', commId);
  if (!isAgent(p) || p.userId !== userId) {
    throw new SimPlatformError(403, 'Agents may only write as themselves');
  }
  return p;
}

export function sendAgentMessage(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  commId: string,
  body: unknown,
): WebChatMessage {
  const conversation = conversationOf(ctx, conversationId);
  const p = agentByCommunication(conversation, commId, caller.id);
  const text = readMessageBody(body);
  if (p.state !== 'connected') throw badRequest('The chat is not connected');
  return appendMessage(ctx, conversation, p, text, 'standard');
}

export function sendAgentTyping(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  commId: string,
): void {
  const conversation = conversationOf(ctx, conversationId);
  const p = agentByCommunication(conversation, commId, caller.id);
  if (p.state !== 'connected') throw badRequest('The chat is not connected');
  publishTyping(ctx, conversation, p.commId);
}

export function readMessageBody(body: unknown): string {
  const { body: text, bodyType } = asObject(body);
  if (typeof text !== 'string' || text.trim() === '')
    throw badRequest('body must be a non-empty string');
  if (text.length > MAX_MESSAGE_LENGTH) {
    throw badRequest(`body must be at most ${MAX_MESSAGE_LENGTH} characters`);
  }
  if (bodyType !== undefined && bodyType !== 'standard')
    throw badRequest('bodyType must be "standard"');
  return text;
}

export function publishTyping(
  ctx: EngineContext,
  conversation: SimConversation,
  senderCommId: string,
): void {
  ctx.hub.publish(
    `v2.conversations.chats.${conversation.id}.messages`,
    {
      id: ctx.newId(),
      conversation: { id: conversation.id },
      sender: { id: senderCommId },
      body: '',
      bodyType: 'standard',
      timestamp: new Date(ctx.clock.now()).toISOString(),
    },
    'typing-indicator',
  );
}

export interface MessagePageQuery {
  after?: string | null;
  before?: string | null;
  sortOrder?: string | null;
  maxResults?: string | null;
}

export function listMessages(
  ctx: EngineContext,
  conversationId: string,
  query: MessagePageQuery,
): WebChatMessageEntityList {
  const conversation = conversationOf(ctx, conversationId);
  const max =
    query.maxResults === undefined || query.maxResults === null ? 100 : Number(query.maxResults);
  if (!Number.isInteger(max) || max < 1 || max > 100)
    throw badRequest('maxResults must be 1 to 100');
  const order = query.sortOrder ?? 'ascending';
  if (order !== 'ascending' && order !== 'descending')
    throw badRequest('sortOrder must be ascending or descending');
  const all = conversation.messages;
  const indexOf = (id: string): number => {
    const index = all.findIndex((m) => m.id === id);
    if (index < 0) throw badRequest(`No message ${id} in this conversation`);
    return index;
  };
  let from = 0;
  let to = all.length;
  if (query.after) from = indexOf(query.after) + 1;
  if (query.before) to = indexOf(query.before);
  const window = all.slice(from, Math.max(from, to));
  const page = order === 'ascending' ? window.slice(0, max) : window.slice(-max).reverse();
  const base = `/api/v2/conversations/chats/${conversationId}/messages`;
  const result: WebChatMessageEntityList = { entities: page, selfUri: base };
  const last = page[page.length - 1];
  const first = page[0];
  if (order === 'ascending' && last !== undefined && window.length > page.length) {
    result.next = `${base}?after=${last.id}&maxResults=${max}&sortOrder=ascending`;
  }
  if (order === 'descending' && last !== undefined && window.length > page.length) {
    result.previousPage = `${base}?before=${last.id}&maxResults=${max}&sortOrder=descending`;
  }
  if (order === 'ascending' && first !== undefined && from > 0) {
    result.previousPage = `${base}?before=${first.id}&maxResults=${max}&sortOrder=descending`;
  }
  return result;
}

/** Blind transfer: to a queue re-queues the chat; to a user alerts that user. */
// jscpd:ignore-start (the same participant-command signature and lookup as patchAttributes: see .jscpd.json)
export function replaceParticipant(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  participantId: string,
  body: unknown,
): void {
  const conversation = conversationOf(ctx, conversationId);
  const p = ownAgentParticipant(conversation, participantId, caller.id);
  // jscpd:ignore-end
  const target = asObject(body);
  const given = (['queueId', 'userId', 'address'] as const).filter((k) => target[k] !== undefined);
  if (given.length !== 1) throw badRequest('Give exactly one of queueId, userId or address');
  if (p.state !== 'connected') throw badRequest('Only a connected chat can be transferred');
  const value = target[given[0] ?? 'queueId'];
  if (typeof value !== 'string' || value === '')
    throw badRequest(`${String(given[0])} must be a string`);
  if (given[0] === 'address')
    throw badRequest('Chats cannot be transferred to an external address');
  const queue =
    given[0] === 'queueId' ? ctx.directory.queue(value) : ctx.directory.queue(conversation.queueId);
  if (given[0] === 'userId') {
    ctx.directory.user(value);
    if (value === caller.id) throw badRequest('A chat cannot be transferred to yourself');
  }
  endAgentLeg(ctx, p, 'transfer', false);
  conversation.recentTransfers.push({
    id: ctx.newId(),
    state: 'Complete',
    dateIssued: new Date(ctx.clock.now()).toISOString(),
    initiator: { id: caller.id },
    destination: given[0] === 'queueId' ? { queueId: value } : { userId: value },
    transferType: 'Unattended',
  });
  enqueue(ctx, conversation, queue, given[0] === 'userId' ? value : undefined);
  settle(ctx, [conversation]);
}

export function participantWrapupCodes(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  participantId: string,
) {
  const conversation = conversationOf(ctx, conversationId);
  const p = ownAgentParticipant(conversation, participantId, caller.id);
  const queue = ctx.directory.queue(p.queueId ?? conversation.queueId);
  return queue.codeIds.filter((id) => ctx.codes.has(id)).map((id) => ctx.codes.get(id));
}

export function submitWrapup(
  ctx: EngineContext,
  caller: SimUser,
  conversationId: string,
  participantId: string,
  commId: string,
  body: unknown,
): void {
  const conversation = conversationOf(ctx, conversationId);
  const p = ownAgentParticipant(conversation, participantId, caller.id);
  if (p.commId !== commId) throw notFound('Communication', commId);
  recordWrapup(ctx, conversation, p, body);
  settle(ctx, [conversation]);
}

/** Validates and records an agent's wrap-up; the caller settles. */
function recordWrapup(
  ctx: EngineContext,
  conversation: SimConversation,
  p: SimConversation['participants'][number],
  body: unknown,
): void {
  const { code, notes } = asObject(body);
  if (typeof code !== 'string' || code === '')
    throw badRequest('code (a wrap-up code id) is required');
  if (notes !== undefined && typeof notes !== 'string') throw badRequest('notes must be a string');
  const queue = ctx.directory.queue(p.queueId ?? conversation.queueId);
  if (!queue.codeIds.includes(code) || !ctx.codes.has(code)) {
    throw badRequest(`Wrap-up code ${code} is not assigned to queue ${queue.name}`);
  }
  if (p.wrapup !== undefined) {
    // A retried submission of the same wrap-up is confirmed again, not applied twice.
    if (p.wrapup.code === code) return;
    throw conflict('A different wrap-up was already recorded for this participant');
  }
  if (p.state === 'alerting') throw badRequest('Pick up the chat before wrapping it up');
  const now = ctx.clock.now();
  p.wrapup = {
    code,
    name: ctx.codes.get(code).name,
    ...(notes === undefined ? {} : { notes }),
    durationSeconds: Math.round((now - (p.endTime ?? now)) / 1000),
    endTime: new Date(now).toISOString(),
  };
  if (p.wrapupTimer !== undefined) ctx.clock.clearTimer(p.wrapupTimer);
  p.wrapupTimer = undefined;
  if (p.state === 'disconnected') p.state = 'terminated';
}

/**
 * The customer leaves (or, with `timeout`, a messaging queue's inactivity timer ends the
 * conversation): a connected agent is left disconnected (peer) owing a wrap-up.
 */
export function customerDisconnect(
  ctx: EngineContext,
  conversationId: string,
  disconnectType: 'client' | 'timeout' = 'client',
): void {
  const conversation = conversationOf(ctx, conversationId);
  const customer = conversation.participants.find(isCustomer);
  if (customer === undefined || customer.state !== 'connected') {
    throw conflict('The customer has already left this chat');
  }
  if (conversation.media === 'chat') {
    appendMessage(ctx, conversation, customer, `${customer.name} left the chat`, 'member-leave');
  }
  customer.state = 'disconnected';
  customer.disconnectType = disconnectType;
  customer.endTime = ctx.clock.now();
  for (const p of conversation.participants) {
    if (!isAgent(p)) continue;
    if (p.state === 'connected') endAgentLeg(ctx, p, 'peer', true);
    else if (p.state === 'alerting') endAgentLeg(ctx, p, 'peer', false);
  }
  releaseQueueLeg(ctx, conversation);
  conversation.endTime = ctx.clock.now();
  settle(ctx, [conversation]);
}

export function customerMessage(
  ctx: EngineContext,
  conversationId: string,
  body: unknown,
): WebChatMessage {
  const conversation = conversationOf(ctx, conversationId);
  const customer = conversation.participants.find(isCustomer);
  const text = readMessageBody(body);
  if (customer === undefined || customer.state !== 'connected')
    throw conflict('The customer has left this chat');
  return appendMessage(ctx, conversation, customer, text, 'standard');
}

export function customerTyping(ctx: EngineContext, conversationId: string): void {
  const conversation = conversationOf(ctx, conversationId);
  const customer = conversation.participants.find(isCustomer);
  if (customer === undefined || customer.state !== 'connected')
    throw conflict('The customer has left this chat');
  publishTyping(ctx, conversation, customer.commId);
}
