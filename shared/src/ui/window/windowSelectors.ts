// What the interaction window shows: its tabs and the selected chat, memoised so a message
// in one chat re-renders only that chat's pieces.
import { createSelector } from '@reduxjs/toolkit';
import type { RootState } from '../../app/rootReducer';
import {
  displayState,
  selectInteraction,
  type DisplayState,
} from '../../features/interactions/interactionSelectors';
import {
  lineSource,
  selectTranscript,
  type LineSource,
} from '../../features/messages/messageSelectors';
import { messageOf, type ChatMessage } from '../../features/messages/messagesSlice';

export interface TabView {
  id: string;
  customerName: string;
  state: DisplayState;
}

export function makeSelectTabView() {
  return createSelector([selectInteraction], (interaction): TabView | undefined =>
    interaction === undefined
      ? undefined
      : {
          id: interaction.id,
          customerName: interaction.customer.name,
          state: displayState(interaction),
        },
  );
}

const EMPTY: string[] = [];

export const selectMessageIds = (state: RootState, conversationId: string): string[] =>
  selectTranscript(state, conversationId)?.messageIds ?? EMPTY;

export const selectMessage = (
  state: RootState,
  conversationId: string,
  messageId: string,
): ChatMessage | undefined => {
  const transcript = selectTranscript(state, conversationId);
  return transcript && messageOf(transcript, messageId);
};

export const selectLineSource = (
  state: RootState,
  conversationId: string,
  messageId: string,
): LineSource | undefined => {
  const transcript = selectTranscript(state, conversationId);
  const message = transcript && messageOf(transcript, messageId);
  return transcript === undefined || message === undefined
    ? undefined
    : lineSource(transcript, message);
};

/** Whether the customer typed in the last few seconds (the platform sends no "stopped"). */
export const TYPING_SHOWN_MS = 6000;

export const selectCustomerTypingAt = (state: RootState, conversationId: string) =>
  selectTranscript(state, conversationId)?.customerTypingAt;

export const selectDraft = (state: RootState, conversationId: string) =>
  state.compose.entities[conversationId];

export const selectCustomerRecord = (state: RootState, conversationId: string) =>
  state.crm.entities[conversationId];
