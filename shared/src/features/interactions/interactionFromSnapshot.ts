// Derives the agent's view of a chat from the platform's whole-conversation snapshot.
// Pure, so applying the same snapshot twice gives the same interaction.
import {
  mediaOf,
  type ConversationMedia,
  type ConversationSnapshot,
} from '../../platform/conversationSnapshot';
import {
  LAST_SEEN_ATTRIBUTE,
  type ChatMediaParticipant,
  type DisconnectType,
  type ParticipantWrapupPrompt,
} from '../../platform/platformTypes';

export type InteractionState = 'alerting' | 'connected' | 'disconnected' | 'terminated';

export interface Interaction {
  /** The conversation id. */
  id: string;
  /** ACD chat or web messaging (no hold, asynchronous). */
  media: ConversationMedia;
  /** This agent's newest participant in the conversation. */
  participantId: string;
  state: InteractionState;
  held: boolean;
  agentName: string;
  customer: { participantId?: string; name: string; email?: string; left: boolean };
  queue: { id: string; name: string };
  startTime: string;
  alertingTime?: string;
  connectedTime?: string;
  endTime?: string;
  holdTime?: string;
  disconnectType?: DisconnectType;
  wrapupRequired: boolean;
  wrapupPrompt?: ParticipantWrapupPrompt;
  wrapupTimeoutMs?: number;
  alertingTimeoutMs?: number;
  wrapup?: { code: string; name: string };
  lastSeenMessageId?: string;
}

const STATE_RANK: Record<InteractionState, number> = {
  alerting: 0,
  connected: 1,
  disconnected: 2,
  terminated: 3,
};

export const stateRank = (state: InteractionState): number => STATE_RANK[state];

function myNewestLeg(
  snapshot: ConversationSnapshot,
  userId: string,
): ChatMediaParticipant | undefined {
  let newest: ChatMediaParticipant | undefined;
  for (const p of snapshot.participants) {
    if (p.purpose !== 'agent' || p.user?.id !== userId) continue;
    if (newest === undefined || p.startTime >= newest.startTime) newest = p;
  }
  return newest;
}

/** The interaction of `userId` in the snapshot, or undefined when they have no leg in it. */
export function interactionFromSnapshot(
  snapshot: ConversationSnapshot,
  userId: string,
): Interaction | undefined {
  const leg = myNewestLeg(snapshot, userId);
  if (leg === undefined) return undefined;
  const customer = snapshot.participants.find((p) => p.purpose === 'customer');
  const queueRef = leg.queue ?? snapshot.participants.find((p) => p.purpose === 'acd')?.queue;
  const customerEmail = customer?.address ?? customer?.attributes['context.email'];
  const interaction: Interaction = {
    id: snapshot.id,
    media: mediaOf(snapshot),
    participantId: leg.id,
    state: leg.state,
    held: leg.held,
    agentName: leg.name,
    customer: {
      participantId: customer?.id,
      name: customer?.name ?? '',
      email: customerEmail === '' ? undefined : customerEmail,
      left: customer !== undefined && customer.state !== 'connected',
    },
    queue: { id: queueRef?.id ?? '', name: queueRef?.name ?? '' },
    startTime: customer?.startTime ?? leg.startTime,
    alertingTime: leg.startAlertingTime,
    connectedTime: leg.connectedTime,
    endTime: leg.endTime,
    holdTime: leg.startHoldTime,
    disconnectType: leg.disconnectType,
    wrapupRequired: leg.wrapupRequired,
    wrapupPrompt: leg.wrapupPrompt,
    wrapupTimeoutMs: leg.wrapupTimeoutMs,
    alertingTimeoutMs: leg.alertingTimeoutMs,
    wrapup: leg.wrapup === undefined ? undefined : { code: leg.wrapup.code, name: leg.wrapup.name },
    lastSeenMessageId: leg.attributes[LAST_SEEN_ATTRIBUTE],
  };
  return interaction;
}

/**
 * Whether the agent still has something to do with the chat, as the platform's
 * GET /conversations/chats decides: alerting, connected, or owing a required wrap-up.
 */
export function isActive(interaction: Interaction): boolean {
  if (interaction.state === 'alerting' || interaction.state === 'connected') return true;
  return (
    interaction.state === 'disconnected' &&
    interaction.wrapupRequired &&
    interaction.wrapup === undefined
  );
}

export const owesWrapup = (interaction: Interaction): boolean =>
  interaction.state === 'disconnected' &&
  interaction.wrapupRequired &&
  interaction.wrapup === undefined;
