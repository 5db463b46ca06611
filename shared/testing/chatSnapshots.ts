// A minimal ACD chat snapshot for reducer tests: one agent leg, connected, nothing else.
import type { ChatConversation } from '../src/platform/platformTypes';

export function connectedChat(conversationId: string, userId: string): ChatConversation {
  return {
    id: conversationId,
    participants: [
      {
        id: `${conversationId}-agent`,
        purpose: 'agent',
        state: 'connected',
        name: 'Alex',
        direction: 'inbound',
        held: false,
        startTime: '2026-11-28T09:00:00.000Z',
        attributes: {},
        wrapupRequired: true,
        user: { id: userId, name: 'Alex' },
      },
    ],
    otherMediaUris: [],
    recentTransfers: [],
    selfUri: `/api/v2/conversations/chats/${conversationId}`,
  };
}
