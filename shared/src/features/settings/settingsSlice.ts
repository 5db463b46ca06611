// Client settings: the admin's (call logging, auto-answer, ringing default, platform URL)
// and the agent's own choices for this client (ringing, language).
import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

export type Language = 'en' | 'ja';

export interface Settings {
  callLogging: boolean;
  autoAnswer: boolean;
  /** Ring for alerting interactions in this client (rule 2). */
  ringing: boolean;
  language: Language;
  platformBaseUrl: string;
  /**
   * Where the client runs (salesforce, zendesk, embeddable, extension, standalone): the admin
   * panel says where that host keeps the install-wide settings above.
   */
  host: string;
}

export const defaultSettings: Settings = {
  callLogging: false,
  autoAnswer: false,
  ringing: true,
  language: 'en',
  platformBaseUrl: 'http://127.0.0.1:4010',
  host: 'unknown',
};

export const settingsSlice = createSlice({
  name: 'settings',
  initialState: defaultSettings,
  reducers: {
    settingsChanged(state, action: PayloadAction<Partial<Settings>>) {
      Object.assign(state, action.payload);
    },
  },
});

export const { settingsChanged } = settingsSlice.actions;
