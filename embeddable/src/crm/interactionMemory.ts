// What the host remembers per chat beyond the core's state: the conversation attributes the
// file asked for, the CRM records associated with it, the call-log record id the CRM handed
// back, and the last condensed interaction (the core forgets a chat once it is wrapped up,
// but the final call log still needs it).
import type { CallLogAssociation, CondensedInteraction } from '../framework/frameworkTypes';

export interface RememberedInteraction {
  attributes: Record<string, string>;
  contact?: CallLogAssociation;
  relation?: CallLogAssociation;
  recordId?: string;
  condensed?: CondensedInteraction;
  /** The ACW-completed call log went through: no interactionRemoved after it. */
  acwLogged: boolean;
}

const MAX_REMEMBERED = 200;

export function createInteractionMemory() {
  const entries = new Map<string, RememberedInteraction>();
  const get = (conversationId: string): RememberedInteraction => {
    let entry = entries.get(conversationId);
    if (entry === undefined) {
      entry = { attributes: {}, acwLogged: false };
      entries.set(conversationId, entry);
      // Oldest first out: a long shift must not grow this without bound.
      if (entries.size > MAX_REMEMBERED) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
    }
    return entry;
  };
  return {
    get,
    peek: (conversationId: string) => entries.get(conversationId),
    /** Every remembered chat, oldest first. */
    all: () => [...entries.entries()],
    forget: (conversationId: string) => {
      entries.delete(conversationId);
    },
  };
}

export type InteractionMemory = ReturnType<typeof createInteractionMemory>;
