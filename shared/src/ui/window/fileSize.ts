// A file size in words the agent reads at a glance (1,000-based, as file pickers show it).
import type { MessageKey } from '../../i18n/translate';

export function fileSizeText(
  bytes: number | undefined,
  t: (key: MessageKey, params?: Record<string, string | number>) => string,
  language: string,
): string {
  if (bytes === undefined) return '?';
  const format = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1000) return t('size.bytes', { count: format(bytes) });
  if (bytes < 1_000_000) return t('size.kilobytes', { count: format(bytes / 1000) });
  return t('size.megabytes', { count: format(bytes / 1_000_000) });
}
