import { DEFAULT_SETTINGS, pickStorable, resolveSettings } from './extensionSettings';

describe('the extension settings', () => {
  it('takes the defaults when nothing is stored', () => {
    const { settings, managed, problems } = resolveSettings(undefined, {});
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(managed.size).toBe(0);
    expect(problems).toEqual([]);
  });

  it('lets a managed value win over the options page and marks it managed', () => {
    const resolved = resolveSettings(
      { platformBaseUrl: 'https://api.example.com/', language: 'en', autoAnswer: true },
      { platformBaseUrl: 'https://api.mypurecloud.jp', language: 'ja' },
    );
    expect(resolved.settings.platformBaseUrl).toBe('https://api.mypurecloud.jp');
    expect(resolved.settings.language).toBe('ja');
    expect(resolved.settings.autoAnswer).toBe(true);
    expect([...resolved.managed].sort()).toEqual(['language', 'platformBaseUrl']);
  });

  it('reports a bad value, keeps the default for it and still applies the others', () => {
    const resolved = resolveSettings(
      { platformBaseUrl: 'ftp://files', ringingDefault: 'yes', oauthClientId: ' abc ' },
      { signIn: 'magic' },
    );
    expect(resolved.settings.platformBaseUrl).toBe(DEFAULT_SETTINGS.platformBaseUrl);
    expect(resolved.settings.ringingDefault).toBe(true);
    expect(resolved.settings.oauthClientId).toBe('abc');
    expect(resolved.settings.signIn).toBe('pkce');
    expect(resolved.problems.map((p) => `${p.source}:${p.key}`)).toEqual([
      'options:platformBaseUrl',
      'options:ringingDefault',
      'managed:signIn',
    ]);
    expect(resolved.managed.has('signIn')).toBe(false);
  });

  it('keeps call logging off while there is no web hook to log to', () => {
    const resolved = resolveSettings({}, { callLogging: true });
    expect(resolved.settings.callLogging).toBe(false);
    expect(resolved.problems[0]?.message).toMatch(/callLogWebhookUrl/);
    const withHook = resolveSettings(
      { callLogWebhookUrl: 'https://hooks.example.com/log' },
      { callLogging: true },
    );
    expect(withHook.settings.callLogging).toBe(true);
  });

  it('checks a screen-pop template with sample values', () => {
    expect(
      resolveSettings({ screenPopUrlTemplate: 'https://crm.example.com/?q={email}' }, {}).settings
        .screenPopUrlTemplate,
    ).toBe('https://crm.example.com/?q={email}');
    expect(pickStorable({ screenPopUrlTemplate: 'crm {email}' }).problems).toHaveLength(1);
  });
});
