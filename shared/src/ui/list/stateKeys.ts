// The words for each interaction state, shared by the list and the window's tabs.
import type { DisplayState } from '../../features/interactions/interactionSelectors';
import type { MessageKey } from '../../i18n/translate';

export const STATE_KEYS: Record<DisplayState, MessageKey> = {
  alerting: 'state.alerting',
  connected: 'state.connected',
  held: 'state.held',
  wrapup: 'state.wrapup',
};
