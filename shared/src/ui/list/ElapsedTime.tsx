// How long the interaction has lasted, localised (1:05 / 1分05秒).
import { memo } from 'react';
import { formatDuration } from '../../i18n/translate';
import { useNow } from '../app/useNow';
import { useTranslate } from '../app/useTranslate';

/** Memoised: it ticks on its own clock, not with every render of its row. */
export const ElapsedTime = memo(function ElapsedTime({ since }: { since: string }) {
  const { t, language } = useTranslate();
  const now = useNow();
  const started = Date.parse(since);
  const seconds = Number.isNaN(started) ? 0 : (now - started) / 1000;
  return (
    <span className="slds-text-body_small slds-text-color_weak">
      {t('elapsed', { duration: formatDuration(language, seconds) })}
    </span>
  );
});
