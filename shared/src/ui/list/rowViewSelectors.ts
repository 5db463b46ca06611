// What one interaction row shows, memoised per row so an event re-renders only the rows
// whose view changed.
import { createSelector } from '@reduxjs/toolkit';
import type { RootState } from '../../app/rootReducer';
import type { ConversationMedia } from '../../platform/conversationSnapshot';
import {
  displayState,
  selectInteraction,
  selectIsOpen,
  selectPendingCommand,
  selectSelectedId,
  type DisplayState,
} from '../../features/interactions/interactionSelectors';
import type { PendingCommand } from '../../features/interactions/interactionsSlice';
import { selectPickUpBlocked, selectWrapupForm } from '../../features/wrapup/wrapupSelectors';

export interface RowView {
  id: string;
  media: ConversationMedia;
  customerName: string;
  queueName: string;
  state: DisplayState;
  startTime: string;
  /** The window is open or reachable: the chat icon is orange (rule 4). */
  open: boolean;
  selected: boolean;
  /** Closed without Done: the red marker (rule 11). */
  wrapupRed: boolean;
  wrapupSubmission: 'none' | 'pending' | 'failed';
  pending: PendingCommand | undefined;
  pickUpBlocked: boolean;
}

export function makeSelectRowView() {
  return createSelector(
    [
      selectInteraction,
      selectIsOpen,
      (state: RootState, id: string) => selectSelectedId(state) === id,
      (state: RootState, id: string) => selectWrapupForm(state, id)?.closedWithoutDone === true,
      (state: RootState, id: string) => selectWrapupForm(state, id)?.submission ?? 'none',
      selectPendingCommand,
      selectPickUpBlocked,
    ],
    (
      interaction,
      open,
      selected,
      wrapupRed,
      wrapupSubmission,
      pending,
      pickUpBlocked,
    ): RowView | undefined =>
      interaction === undefined
        ? undefined
        : {
            id: interaction.id,
            media: interaction.media,
            customerName: interaction.customer.name,
            queueName: interaction.queue.name,
            state: displayState(interaction),
            startTime: interaction.startTime,
            open,
            selected,
            wrapupRed: wrapupRed && displayState(interaction) === 'wrapup',
            wrapupSubmission,
            pending,
            pickUpBlocked,
          },
  );
}
