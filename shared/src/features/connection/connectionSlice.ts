// The notification connection as the agent should see it (reconnect banner).
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export interface ConnectionState {
  status: 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'stopped';
  /** Reconnect attempts since the last good connection. */
  attempt: number;
  lastError: string | null;
  /** How many resyncs (full lists after a (re)connect) have completed. */
  resyncs: number;
  /** Frames dropped as malformed or of an unknown topic. */
  droppedFrames: number;
}

const initialState: ConnectionState = {
  status: 'idle',
  attempt: 0,
  lastError: null,
  resyncs: 0,
  droppedFrames: 0,
};

export const connectionSlice = createSlice({
  name: 'connection',
  initialState,
  reducers: {
    connecting(state) {
      state.status = state.attempt > 0 ? 'reconnecting' : 'connecting';
    },
    connected(state) {
      state.status = 'connected';
      state.attempt = 0;
      state.lastError = null;
    },
    connectionLost(state, action: PayloadAction<{ reason: string }>) {
      state.status = 'reconnecting';
      state.attempt += 1;
      state.lastError = action.payload.reason;
    },
    resyncCompleted(state) {
      state.resyncs += 1;
    },
    frameDropped(state) {
      state.droppedFrames += 1;
    },
    connectionStopped(state) {
      state.status = 'stopped';
    },
  },
});

export const {
  connecting,
  connected,
  connectionLost,
  resyncCompleted,
  frameDropped,
  connectionStopped,
} = connectionSlice.actions;
