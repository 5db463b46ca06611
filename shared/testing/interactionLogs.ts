// A finished chat's log as the core hands it to a CRM adapter: the facts plus the text the
// core renders from them, so adapter tests feed exactly what the core would.
import type { InteractionLog, Language } from '../src';
import { interactionLogText } from '../src/features/wrapup/interactionLogText';

export function loggedChat(
  facts: Omit<InteractionLog, 'text'>,
  language: Language,
): InteractionLog {
  return { ...facts, text: interactionLogText(facts, language) };
}
