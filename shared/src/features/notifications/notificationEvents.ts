// What the notification saga tells the other sagas.
import { createAction } from '@reduxjs/toolkit';

/**
 * The socket now carries these chats' messages. Anything said before (or during a gap in
 * the connection) is only in the platform's transcript, so it is loaded now.
 */
export const messageTopicsSubscribed = createAction<{ conversationIds: string[] }>(
  'notifications/messageTopicsSubscribed',
);
