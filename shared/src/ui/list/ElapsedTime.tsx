// How long the interaction has lasted, localised (1:05 / 1分05秒).
import { memo, useLayoutEffect, useRef } from 'react';
import type { Language } from '../../features/settings/settingsSlice';
import { formatDuration } from '../../i18n/translate';
import { readNow, subscribeToNow } from '../app/useNow';
import { useTranslate } from '../app/useTranslate';

type Translate = ReturnType<typeof useTranslate>['t'];

function elapsedText(t: Translate, language: Language, since: string, now: number): string {
  const started = Date.parse(since);
  const seconds = Number.isNaN(started) ? 0 : (now - started) / 1000;
  return t('elapsed', { duration: formatDuration(language, seconds) });
}

/**
 * Memoised, and it renders only when its start or the language changes: the one-second tick
 * rewrites the text node React rendered (the same node, so React's later updates still land
 * on it), which keeps twenty rows' ticks out of React's work and out of every event's.
 */
export const ElapsedTime = memo(function ElapsedTime({ since }: { since: string }) {
  const { t, language } = useTranslate();
  const ref = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const write = () => {
      const text = ref.current?.firstChild;
      const next = elapsedText(t, language, since, readNow());
      if (text?.nodeType === Node.TEXT_NODE && text.nodeValue !== next) text.nodeValue = next;
    };
    write();
    return subscribeToNow(write);
  }, [t, language, since]);
  return (
    <span ref={ref} className="slds-text-body_small slds-text-color_weak">
      {elapsedText(t, language, since, readNow())}
    </span>
  );
});
