import { formatDuration, languageFromLocale, translate } from './translate';

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
});
