// Rings once for each chat that starts alerting, only when this client's ringing setting
// is on (rule 2: the agent turns it off in their other client).
import { useEffect, useRef } from 'react';
import { useAppSelector, useAppStore } from '../../app/hooks';
import { selectAlertingIds } from '../../features/interactions/interactionSelectors';
import { playAlertTone, showAlertNotification } from './alertRing';
import { useTranslate } from './useTranslate';
import { isolateText } from '../../i18n/translate';

export interface AlertRingDeps {
  /** Plays the tone; `false` when it could not be heard (no user gesture yet). */
  playTone: () => boolean | undefined;
  notify: (title: string, body: string) => void;
  /** A host's visible fallback when the tone was not heard (e.g. a sticky toast). */
  unheard?: (title: string, body: string) => void;
}

const browserRing: AlertRingDeps = { playTone: playAlertTone, notify: showAlertNotification };

export function useAlertRing(deps: AlertRingDeps = browserRing): void {
  const alerting = useAppSelector(selectAlertingIds);
  const ringing = useAppSelector((s) => s.settings.ringing);
  const store = useAppStore();
  const { t } = useTranslate();
  const rung = useRef(new Set<string>());

  useEffect(() => {
    const fresh = alerting.filter((id) => !rung.current.has(id));
    rung.current = new Set(alerting);
    if (!ringing || fresh.length === 0) return;
    const heard = deps.playTone() !== false;
    for (const id of fresh) {
      const interaction = store.getState().interactions.entities[id];
      if (interaction === undefined) continue;
      // The system notification is plain text: isolate the names with FSI/PDI instead of <bdi>.
      const body = t('ring.body', {
        name: isolateText(interaction.customer.name),
        queue: isolateText(interaction.queue.name),
      });
      deps.notify(t('ring.title'), body);
      if (!heard) deps.unheard?.(t('ring.title'), body);
    }
  }, [alerting, ringing, deps, store, t]);
}
