// Routing: which agent a waiting chat alerts, alerting and wrap-up timeouts, and the
// routing status that follows from an agent's load. The rules are the platform spec's.

import type { ParticipantWrapupPrompt, QueueWrapupPrompt } from '@acd/shared';
import { CHAT_CAPACITY, type SimQueue, type SimUser } from './directory';
import {
  isActiveForAgent,
  isAgent,
  owesWrapup,
  type SimConversation,
  type SimParticipant,
} from './conversationModel';
import { publishConversation, type EngineContext } from './engineContext';

export const TIMEOUT_WRAPUP_CODE = { id: 'ININ-WRAP-UP-TIMEOUT', name: 'ININ-WRAP-UP-TIMEOUT' };

const PARTICIPANT_PROMPT: Record<QueueWrapupPrompt, ParticipantWrapupPrompt> = {
  MANDATORY: 'mandatory',
  OPTIONAL: 'optional',
  MANDATORY_TIMEOUT: 'timeout',
  MANDATORY_FORCED_TIMEOUT: 'forcedTimeout',
  AGENT_REQUESTED: 'agentRequested',
};

interface AgentLoad {
  active: number;
  alerting: boolean;
  owesWrapup: boolean;
}

export function agentLoad(ctx: EngineContext, userId: string): AgentLoad {
  const load: AgentLoad = { active: 0, alerting: false, owesWrapup: false };
  for (const conversation of ctx.conversations.values()) {
    for (const p of conversation.participants) {
      if (p.userId !== userId || !isActiveForAgent(p)) continue;
      load.active += 1;
      if (p.state === 'alerting') load.alerting = true;
      if (owesWrapup(p)) load.owesWrapup = true;
    }
  }
  return load;
}

/** Puts a chat in line for a queue (or for one user, after a transfer to that user). */
export function enqueue(
  ctx: EngineContext,
  conversation: SimConversation,
  queue: SimQueue,
  targetUserId?: string,
): void {
  const now = ctx.clock.now();
  conversation.queueId = queue.id;
  conversation.waitingSince = now;
  conversation.targetUserId = targetUserId;
  if (targetUserId !== undefined) return;
  conversation.participants.push({
    id: ctx.newId(),
    commId: ctx.newId(),
    purpose: 'acd',
    name: queue.name,
    queueId: queue.id,
    queueName: queue.name,
    state: 'connected',
    held: false,
    startTime: now,
    connectedTime: now,
    attributes: {},
    wrapupRequired: false,
  });
}

/** Ends the queue's leg once an agent has the chat (or the chat has ended). */
export function releaseQueueLeg(ctx: EngineContext, conversation: SimConversation): void {
  conversation.waitingSince = undefined;
  conversation.targetUserId = undefined;
  for (const p of conversation.participants) {
    if (p.purpose === 'acd' && p.state === 'connected') {
      p.state = 'disconnected';
      p.disconnectType = 'transfer';
      p.endTime = ctx.clock.now();
    }
  }
}

function canTakeChat(ctx: EngineContext, user: SimUser, targeted: boolean): boolean {
  if (targeted ? user.presence === 'Offline' : user.presence !== 'On Queue') return false;
  if (!targeted && user.routingStatus !== 'IDLE' && user.routingStatus !== 'INTERACTING')
    return false;
  const load = agentLoad(ctx, user.id);
  return !load.alerting && !load.owesWrapup && load.active < CHAT_CAPACITY;
}

function pickAgent(ctx: EngineContext, conversation: SimConversation): SimUser | undefined {
  if (conversation.targetUserId !== undefined) {
    const target = ctx.directory.users.get(conversation.targetUserId);
    return target !== undefined && canTakeChat(ctx, target, true) ? target : undefined;
  }
  const queue = ctx.directory.queues.get(conversation.queueId);
  if (queue === undefined) return undefined;
  let best: { user: SimUser; active: number } | undefined;
  for (const memberId of queue.memberIds) {
    const user = ctx.directory.users.get(memberId);
    if (user === undefined || !canTakeChat(ctx, user, false)) continue;
    // An agent who transferred the chat away is not offered it back.
    if (
      conversation.participants.some((p) => p.userId === user.id && p.disconnectType === 'transfer')
    ) {
      continue;
    }
    const active = agentLoad(ctx, user.id).active;
    // Least busy first; among equals, the one idle longest.
    if (
      best === undefined ||
      active < best.active ||
      (active === best.active && user.routingStatusStart < best.user.routingStatusStart)
    ) {
      best = { user, active };
    }
  }
  return best?.user;
}

function alertAgent(ctx: EngineContext, conversation: SimConversation, user: SimUser): void {
  const queue = ctx.directory.queue(conversation.queueId);
  const now = ctx.clock.now();
  const prompt = PARTICIPANT_PROMPT[queue.acw.wrapupPrompt];
  const participant: SimParticipant = {
    id: ctx.newId(),
    commId: ctx.newId(),
    purpose: 'agent',
    name: user.name,
    address: user.email,
    userId: user.id,
    userName: user.name,
    queueId: queue.id,
    queueName: queue.name,
    state: 'alerting',
    held: false,
    startTime: now,
    startAlertingTime: now,
    attributes: {},
    wrapupRequired: prompt === 'mandatory' || prompt === 'timeout' || prompt === 'forcedTimeout',
    wrapupPrompt: prompt,
    wrapupTimeoutMs: queue.acw.timeoutMs,
    alertingTimeoutMs: queue.alertingTimeoutSeconds * 1000,
  };
  conversation.participants.push(participant);
  conversation.waitingSince = undefined;
  participant.alertTimer = ctx.clock.setTimer(() => {
    onAlertTimeout(ctx, conversation, participant);
  }, queue.alertingTimeoutSeconds * 1000);
}

/** Unanswered alert: the agent becomes NOT_RESPONDING and the chat goes back in line. */
function onAlertTimeout(
  ctx: EngineContext,
  conversation: SimConversation,
  p: SimParticipant,
): void {
  if (p.state !== 'alerting') return;
  endAgentLeg(ctx, p, 'timeout', false);
  const user = p.userId === undefined ? undefined : ctx.directory.users.get(p.userId);
  if (user !== undefined) setRoutingStatus(ctx, user, 'NOT_RESPONDING');
  const target = conversation.targetUserId;
  // A chat keeps its place in line: it waited before this alert.
  conversation.waitingSince = p.startAlertingTime ?? ctx.clock.now();
  if (target !== undefined) conversation.targetUserId = undefined;
  settle(ctx, [conversation]);
}

/** Ends an agent's leg; with `wrapup` the agent now owes one (and its timer starts). */
export function endAgentLeg(
  ctx: EngineContext,
  p: SimParticipant,
  disconnectType: NonNullable<SimParticipant['disconnectType']>,
  wrapup: boolean,
): void {
  if (p.alertTimer !== undefined) ctx.clock.clearTimer(p.alertTimer);
  p.alertTimer = undefined;
  p.state = 'disconnected';
  p.disconnectType = disconnectType;
  p.held = false;
  p.startHoldTime = undefined;
  p.endTime = ctx.clock.now();
  if (!wrapup) {
    p.wrapupRequired = false;
    return;
  }
  if (p.wrapup !== undefined) {
    // The agent wrapped up before the chat ended: nothing is owed.
    p.state = 'terminated';
    return;
  }
  const timeoutMs = p.wrapupTimeoutMs;
  if (
    (p.wrapupPrompt === 'timeout' || p.wrapupPrompt === 'forcedTimeout') &&
    timeoutMs !== undefined
  ) {
    p.wrapupTimer = ctx.clock.setTimer(() => {
      completeWrapupByTimeout(ctx, p);
    }, timeoutMs);
  }
}

function completeWrapupByTimeout(ctx: EngineContext, p: SimParticipant): void {
  p.wrapupTimer = undefined;
  if (!owesWrapup(p)) return;
  const conversation = [...ctx.conversations.values()].find((c) => c.participants.includes(p));
  p.wrapup = {
    code: TIMEOUT_WRAPUP_CODE.id,
    name: TIMEOUT_WRAPUP_CODE.name,
    durationSeconds: Math.round((ctx.clock.now() - (p.endTime ?? ctx.clock.now())) / 1000),
    endTime: new Date(ctx.clock.now()).toISOString(),
  };
  p.state = 'terminated';
  if (conversation !== undefined) settle(ctx, [conversation]);
}

export function setRoutingStatus(
  ctx: EngineContext,
  user: SimUser,
  status: SimUser['routingStatus'],
): void {
  if (user.routingStatus === status) return;
  user.routingStatus = status;
  user.routingStatusStart = ctx.clock.now();
  ctx.hub.publish(`v2.users.${user.id}.routingStatus`, {
    routingStatus: ctx.directory.routingStatusView(user),
  });
}

/** Routing status follows presence and load; NOT_RESPONDING stays until the agent clears it. */
export function refreshRoutingStatus(ctx: EngineContext, user: SimUser): void {
  if (user.presence !== 'On Queue') {
    setRoutingStatus(ctx, user, 'OFF_QUEUE');
    return;
  }
  if (user.routingStatus === 'NOT_RESPONDING') return;
  setRoutingStatus(ctx, user, agentLoad(ctx, user.id).active > 0 ? 'INTERACTING' : 'IDLE');
}

/**
 * After any change: route what waits, bring routing statuses up to date, and publish every
 * conversation that changed, once.
 */
export function settle(ctx: EngineContext, changed: Iterable<SimConversation>): void {
  const touched = new Set(changed);
  for (const user of ctx.directory.users.values()) refreshRoutingStatus(ctx, user);
  const waiting = [...ctx.conversations.values()]
    .filter((c) => c.waitingSince !== undefined)
    .sort((a, b) => (a.waitingSince ?? 0) - (b.waitingSince ?? 0));
  for (const conversation of waiting) {
    const agent = pickAgent(ctx, conversation);
    if (agent === undefined) continue;
    alertAgent(ctx, conversation, agent);
    refreshRoutingStatus(ctx, agent);
    touched.add(conversation);
  }
  for (const conversation of touched) publishConversation(ctx, conversation);
}

export function hasAgentLeg(conversation: SimConversation, userId: string): boolean {
  return conversation.participants.some((p) => isAgent(p) && p.userId === userId);
}
