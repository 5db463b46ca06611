// What the agent does in the reply box and the transcript.
import { createAction } from '@reduxjs/toolkit';

type ById = { conversationId: string };

/** Sends the reply draft of the conversation (Enter or Send). */
export const sendRequested = createAction<ById>('messages/sendRequested');
/** Every keystroke in the reply box: the draft, and a throttled typing indicator. */
export const replyTyped = createAction<ById & { text: string }>('messages/replyTyped');
/** New message: jump to the first unread and record it as seen for every client. */
export const newMessageClicked = createAction<ById>('messages/newMessageClicked');
