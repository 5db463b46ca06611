// What the notification saga and the UI tell the messaging saga.
import { createAction } from '@reduxjs/toolkit';
import type { MessageRef } from '../../platform/conversationSnapshot';

/** A web messaging snapshot listed these messages (ids and statuses, no text). */
export const messageRefsReceived = createAction<{ conversationId: string; refs: MessageRef[] }>(
  'messaging/messageRefsReceived',
);

/** The agent asks to send again a message the platform reported as Failed. */
export const resendRequested = createAction<{ conversationId: string; messageId: string }>(
  'messaging/resendRequested',
);
