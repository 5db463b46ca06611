// What the CRM knows about each chat's customer: the screen pop's outcome, the record the
// agent chose when several matched (the log attaches to it), and the id of the activity
// record already written, so a later log updates it instead of duplicating.
import { createEntityAdapter, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { CrmRecord } from '../../ports/crmAdapter';

export interface CustomerRecord {
  /** The conversation id. */
  id: string;
  status: 'searching' | 'none' | 'opened' | 'choose' | 'failed';
  /** The matches when the agent must choose; the opened record otherwise. */
  records: CrmRecord[];
  /** The record the activity log attaches to. */
  chosen?: CrmRecord;
  /** The activity record written for this interaction, once the CRM confirmed it. */
  loggedRecordId?: string;
}

export const customerRecordsAdapter = createEntityAdapter<CustomerRecord>();

export const crmSlice = createSlice({
  name: 'crm',
  initialState: customerRecordsAdapter.getInitialState(),
  reducers: {
    screenPopStarted(state, action: PayloadAction<{ conversationId: string }>) {
      customerRecordsAdapter.upsertOne(state, {
        id: action.payload.conversationId,
        status: 'searching',
        records: [],
      });
    },
    screenPopFinished(
      state,
      action: PayloadAction<{
        conversationId: string;
        status: 'none' | 'opened' | 'choose' | 'failed';
        records: CrmRecord[];
      }>,
    ) {
      const { conversationId, status, records } = action.payload;
      const existing = state.entities[conversationId];
      customerRecordsAdapter.upsertOne(state, {
        id: conversationId,
        status,
        records,
        // A record the agent already picked stays picked.
        chosen: existing?.chosen ?? (status === 'opened' ? records[0] : undefined),
      });
    },
    crmRecordChosen(state, action: PayloadAction<{ conversationId: string; record: CrmRecord }>) {
      const entry = state.entities[action.payload.conversationId];
      if (entry === undefined) return;
      entry.chosen = action.payload.record;
    },
    interactionLogged(state, action: PayloadAction<{ conversationId: string; recordId: string }>) {
      const entry = state.entities[action.payload.conversationId];
      if (entry !== undefined) entry.loggedRecordId = action.payload.recordId;
    },
    customerRecordsRestored(state, action: PayloadAction<CustomerRecord[]>) {
      customerRecordsAdapter.upsertMany(state, action.payload);
    },
    customerRecordForgotten(state, action: PayloadAction<{ conversationId: string }>) {
      customerRecordsAdapter.removeOne(state, action.payload.conversationId);
    },
  },
});

export const {
  screenPopStarted,
  screenPopFinished,
  crmRecordChosen,
  interactionLogged,
  customerRecordsRestored,
  customerRecordForgotten,
} = crmSlice.actions;
