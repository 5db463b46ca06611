// The core's state as this host reads it, derived from the public AgentCore type (the core
// exports its store, not the slices' types).
import type { AgentCore } from '@acd/shared';

export type CoreState = ReturnType<AgentCore['store']['getState']>;

/** One chat of the core's list, as the core tracks it. */
export type CoreChat = NonNullable<CoreState['interactions']['entities'][string]>;

/** The agent still owes the wrap-up of this chat (the platform's rule, as the core applies it). */
export const owesWrapup = (chat: CoreChat): boolean =>
  chat.state === 'disconnected' && chat.wrapupRequired && chat.wrapup === undefined;
