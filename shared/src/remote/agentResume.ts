// What a view of the agent core restores after its host was replaced (the leading panel or
// tab closed and another started a new core): the chat its window showed and the replies
// typed but not sent. The new core learns the chats from the platform, so each is restored
// once that chat is there; the other open windows stay closed (selecting them would hold and
// unhold chats on the platform for nothing).
import type { RootState } from '../app/rootReducer';
import { chatSelected } from '../features/interactions/interactionCommands';
import { replyTyped } from '../features/messages/messageCommands';
import type { RemoteAction } from './protocol';

export function resumeAgentView(previous: RootState, current: RootState): RemoteAction[] | null {
  const commands: RemoteAction[] = [];
  let waiting = false;
  const known = (conversationId: string) =>
    current.interactions.entities[conversationId] !== undefined;

  for (const draft of Object.values(previous.compose.entities)) {
    if (draft.text === '') continue;
    if (!known(draft.id)) waiting = true;
    else if ((current.compose.entities[draft.id]?.text ?? '') === '')
      commands.push(replyTyped({ conversationId: draft.id, text: draft.text }));
  }

  const selected = previous.interactions.selectedId;
  if (selected !== null && previous.interactions.openIds.includes(selected)) {
    if (!known(selected)) waiting = true;
    else if (current.interactions.selectedId !== selected)
      commands.push(chatSelected({ conversationId: selected }));
  }

  return commands.length === 0 && !waiting ? null : commands;
}
