// The core's view of a chat, as the framework's condensed interaction (the field names of the
// platform's "Condensed conversation information" page, those a chat has).
import type { InteractionLog } from '@acd/shared';
import type { CoreChat as Interaction } from '../coreTypes';
import type { CondensedInteraction } from '../framework/frameworkTypes';

function stateOf(interaction: Interaction): string {
  if (interaction.state === 'connected' && interaction.held) return 'HELD';
  return interaction.state.toUpperCase();
}

export function condenseInteraction(
  interaction: Interaction,
  attributes: Record<string, string> = {},
  done = false,
): CondensedInteraction {
  const email = interaction.customer.email;
  return {
    id: interaction.id,
    direction: 'Inbound',
    state: stateOf(interaction),
    isChat: true,
    isConnected: interaction.state === 'connected',
    isDisconnected: interaction.state === 'disconnected' || interaction.state === 'terminated',
    isHeld: interaction.state === 'connected' && interaction.held,
    isDone: done || interaction.wrapup !== undefined,
    name: interaction.customer.name,
    displayAddress: email ?? '',
    ...(email === undefined ? {} : { email }),
    queueName: interaction.queue.name,
    startTime: interaction.startTime,
    ...(interaction.connectedTime === undefined
      ? {}
      : { connectedTime: interaction.connectedTime }),
    ...(interaction.endTime === undefined ? {} : { endTime: interaction.endTime }),
    attributes: { ...attributes },
  };
}

/** What screenPop searches for: the customer's email, else their name. */
export function searchStringOf(interaction: Interaction): string {
  return interaction.customer.email ?? interaction.customer.name;
}

/**
 * A wrapped-up chat as the framework's condensed interaction, from its call log alone: after
 * the frame reloads, the outbox still holds a log to send but the chat is gone from the
 * platform's list, and with it what the host remembered (its conversation attributes too).
 */
export function condensedFromLog(log: InteractionLog): CondensedInteraction {
  const email = log.customer.email;
  return {
    id: log.conversationId,
    direction: 'Inbound',
    state: 'TERMINATED',
    isChat: true,
    isConnected: false,
    isDisconnected: true,
    isHeld: false,
    isDone: true,
    name: log.customer.name,
    displayAddress: email ?? '',
    ...(email === undefined ? {} : { email }),
    queueName: log.queue.name,
    startTime: log.startTime,
    ...(log.connectedTime === undefined ? {} : { connectedTime: log.connectedTime }),
    endTime: log.endTime,
    attributes: {},
  };
}
