// Wrap-up reads: the form of a chat, its codes, and what is red or pending (rules 8-12).
import { createSelector } from '@reduxjs/toolkit';
import type { RootState } from '../../app/rootReducer';
import { selectOwedWrapupIds } from '../interactions/interactionSelectors';
import type { WrapupForm } from './wrapupSlice';

export const selectWrapupForm = (
  state: RootState,
  conversationId: string,
): WrapupForm | undefined => state.wrapup.entities[conversationId];

export const selectQueueCodes = (state: RootState, queueId: string) =>
  state.wrapup.codesByQueue[queueId];

/** Owed wrap-ups the agent closed without Done: the red marker. */
export const selectRedWrapupIds = createSelector(
  [selectOwedWrapupIds, (state: RootState) => state.wrapup.entities],
  (owed, forms) => owed.filter((id) => forms[id]?.closedWithoutDone === true),
);

/** Pick-up is blocked while the platform still waits for any wrap-up (rule 11). */
export const selectPickUpBlocked = (state: RootState): boolean =>
  selectOwedWrapupIds(state).length > 0;
