// What the agent asks for on an interaction. Sagas carry them out; reducers never see them.
import { createAction } from '@reduxjs/toolkit';
import type { TransferTarget } from '../../ports/platformClient';

type ById = { conversationId: string };

export const pickUpRequested = createAction<ById>('interactions/pickUpRequested');
export const disconnectRequested = createAction<ById>('interactions/disconnectRequested');
export const transferRequested = createAction<
  ById & { target: TransferTarget; targetName: string }
>('interactions/transferRequested');
/** Chat (rule 4) or a tab of the window (rule 6): show it, connected, and hold the others. */
export const chatSelected = createAction<ById>('interactions/chatSelected');
export const holdRequested = createAction<ById>('interactions/holdRequested');
export const unholdRequested = createAction<ById>('interactions/unholdRequested');
