// Reads of the interactions slice; memoised so one event re-renders only what it touches.
import { createSelector } from '@reduxjs/toolkit';
import type { RootState } from '../../app/rootReducer';
import { interactionsAdapter, type TrackedInteraction } from './interactionsSlice';
import { owesWrapup } from './interactionFromSnapshot';

const adapterSelectors = interactionsAdapter.getSelectors((state: RootState) => state.interactions);

export const selectInteractionIds = adapterSelectors.selectIds;
export const selectAllInteractions = adapterSelectors.selectAll;
export const selectInteraction = (
  state: RootState,
  conversationId: string,
): TrackedInteraction | undefined => state.interactions.entities[conversationId];

/** The state an agent reads in the list: held is its own state, wrap-up follows disconnect. */
export type DisplayState = 'alerting' | 'connected' | 'held' | 'wrapup';

export function displayState(interaction: TrackedInteraction): DisplayState {
  if (interaction.state === 'alerting') return 'alerting';
  if (interaction.state === 'connected') return interaction.held ? 'held' : 'connected';
  return 'wrapup';
}

export const selectAlertingIds = createSelector([selectAllInteractions], (all) =>
  all.filter((i) => i.state === 'alerting').map((i) => i.id),
);

export const selectConnectedIds = createSelector([selectAllInteractions], (all) =>
  all.filter((i) => i.state === 'connected').map((i) => i.id),
);

/** Conversations whose wrap-up the platform still waits for (rule 11 blocks on these). */
export const selectOwedWrapupIds = createSelector([selectAllInteractions], (all) =>
  all.filter(owesWrapup).map((i) => i.id),
);

/** A chat connected or a wrap-up owed: leaving the page (reload, close, sign-out) asks first. */
export const selectLeaveNeedsConfirm = createSelector(
  [selectConnectedIds, selectOwedWrapupIds],
  (connected, owed) => connected.length > 0 || owed.length > 0,
);

export const selectSelectedId = (state: RootState): string | null => state.interactions.selectedId;
export const selectOpenIds = (state: RootState): string[] => state.interactions.openIds;
export const selectIsOpen = (state: RootState, conversationId: string): boolean =>
  state.interactions.openIds.includes(conversationId);
export const selectPendingCommand = (state: RootState, conversationId: string) =>
  state.interactions.pending[conversationId];
