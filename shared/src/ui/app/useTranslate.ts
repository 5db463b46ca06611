// The translate function for the language the agent chose (settings.language).
import { useCallback } from 'react';
import { useAppSelector } from '../../app/hooks';
import { translate, type MessageKey } from '../../i18n/translate';

export function useTranslate() {
  const language = useAppSelector((state) => state.settings.language);
  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params),
    [language],
  );
  return { t, language };
}
