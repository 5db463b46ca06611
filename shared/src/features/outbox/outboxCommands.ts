// Asking the outbox to try a failed item again now.
import { createAction } from '@reduxjs/toolkit';

export const retryRequested = createAction<{ id: string }>('outbox/retryRequested');
