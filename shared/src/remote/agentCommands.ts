// Which of the agent API's actions a view may send to the core that runs elsewhere. The
// methods themselves are the core's own (app/agentCommandApi.ts), so both sides agree.
import { agentCommandCreators } from '../app/agentCommandApi';
import { draftChanged } from '../features/compose/composeSlice';
import { replyTyped } from '../features/messages/messageCommands';
import type { RemoteAction } from './protocol';

/** The only action types a view may dispatch into the core. */
export const agentCommandTypes: ReadonlySet<string> = new Set(
  agentCommandCreators.map((creator) => creator.type),
);

/**
 * What the view applies to its copy at once besides the command itself: the core turns a
 * keystroke into a draft update in a saga, and the reply box must not wait for it.
 */
export function agentOptimisticActions(action: RemoteAction): RemoteAction[] {
  if (replyTyped.match(action)) return [draftChanged(action.payload)];
  return [];
}
