// What the agent asks for in the wrap-up panel.
import { createAction } from '@reduxjs/toolkit';

type ById = { conversationId: string };

/** Done: validates the code, then hands the wrap-up (and the CRM log) to the outbox. */
export const doneRequested = createAction<ById>('wrapup/doneRequested');
/** Reopens the panel of a pending wrap-up (from its red marker). */
export const wrapupReopenRequested = createAction<ById>('wrapup/wrapupReopenRequested');
/** Asks again for the codes of the chat's queue after they could not be loaded. */
export const codesRetryRequested = createAction<ById>('wrapup/codesRetryRequested');
