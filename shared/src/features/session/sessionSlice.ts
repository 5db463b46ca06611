// Who is signed in, their presence and routing status, and whether the token still works.
import { createAction, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import type { RoutingStatusValue, SystemPresence } from '../../platform/platformTypes';

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  permissions: string[];
}

export interface SessionState {
  status: 'signedOut' | 'loading' | 'ready' | 'authExpired' | 'failed';
  user: SessionUser | null;
  presence: SystemPresence | null;
  routingStatus: RoutingStatusValue | null;
  presencePending: boolean;
}

const initialState: SessionState = {
  status: 'signedOut',
  user: null,
  presence: null,
  routingStatus: null,
  presencePending: false,
};

export const sessionSlice = createSlice({
  name: 'session',
  initialState,
  reducers: {
    sessionLoading(state) {
      state.status = 'loading';
    },
    sessionLoaded(
      state,
      action: PayloadAction<{
        user: SessionUser;
        presence: SystemPresence | null;
        routingStatus: RoutingStatusValue | null;
      }>,
    ) {
      state.status = 'ready';
      state.user = action.payload.user;
      state.presence = action.payload.presence;
      state.routingStatus = action.payload.routingStatus;
    },
    sessionFailed(state) {
      state.status = 'failed';
    },
    authExpired(state) {
      state.status = 'authExpired';
    },
    /** A new sign-in after the token expired: the waiting calls go on. */
    authRenewed(state) {
      if (state.status === 'authExpired') state.status = 'ready';
    },
    presenceRequested(state, _action: PayloadAction<{ presence: SystemPresence }>) {
      state.presencePending = true;
    },
    presenceSettled(state) {
      state.presencePending = false;
    },
    presenceChanged(state, action: PayloadAction<{ presence: SystemPresence }>) {
      state.presence = action.payload.presence;
    },
    routingStatusChanged(state, action: PayloadAction<{ status: RoutingStatusValue }>) {
      state.routingStatus = action.payload.status;
    },
  },
});

export const {
  sessionLoading,
  sessionLoaded,
  sessionFailed,
  authExpired,
  authRenewed,
  presenceRequested,
  presenceSettled,
  presenceChanged,
  routingStatusChanged,
} = sessionSlice.actions;

/**
 * The agent signed out: the whole store goes back to its start except the settings (the root
 * reducer handles it), so a view mirroring this core (Zendesk) shows the sign-in and no chat,
 * draft or note of the agent who left.
 */
export const signedOut = createAction('session/signedOut');
