import { languageFromLocale } from './language';
import { formatDuration, formatTime, translate } from './translate';

describe('translate', () => {
  it('says one new message in the singular and several in the plural', () => {
    expect(translate('en', 'marker.unread', { count: 1 })).toBe('1 new message');
    expect(translate('en', 'marker.unread', { count: 3 })).toBe('3 new messages');
  });

  it('never borrows the English singular for Japanese', () => {
    expect(translate('ja', 'marker.unread', { count: 1 })).toBe('新しいメッセージ 1 件');
  });

  it('shows an unknown key as itself rather than nothing', () => {
    expect(translate('en', 'no.such.key')).toBe('no.such.key');
  });

  it('picks Japanese from a Japanese locale only', () => {
    expect(languageFromLocale('ja-JP')).toBe('ja');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });

  it('formats durations per language', () => {
    expect(formatDuration('en', 3725)).toBe('1:02:05');
    expect(formatDuration('ja', 65)).toBe('1分05秒');
  });

  it('formats a clock time, and shows nothing instead of throwing for a time that is not one', () => {
    expect(formatTime('en', '2026-11-28T03:05:00.000Z')).toMatch(/\d{2}:05/);
    for (const bad of ['not a date', '', '2026-13-45T99:99:99Z', '+999999-01-01T00:00:00Z']) {
      expect(formatTime('en', bad)).toBe('');
      expect(formatTime('ja', bad)).toBe('');
    }
    expect(formatTime('en', 42 as unknown as string)).toBe('');
  });
});
