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

  it('refuses a screen-pop template with a placeholder it does not know', () => {
    const { values, problems } = pickStorable({
      screenPopUrlTemplate: 'https://crm.example.com/?q={mail}',
    });
    expect(values).toEqual({});
    expect(problems[0]?.message).toMatch(/\{mail\}/);
    expect(
      pickStorable({ screenPopUrlTemplate: 'https://crm.example.com/?a={attr:context.account}' })
        .problems,
    ).toEqual([]);
  });

  it('sends the token and the logs over https, or http only to this machine', () => {
    for (const url of ['http://hooks.example.com/log', 'http://10.0.0.5/log', 'ws://127.0.0.1']) {
      const { values, problems } = pickStorable({ callLogWebhookUrl: url, platformBaseUrl: url });
      expect(values).toEqual({});
      expect(problems.map((p) => p.key)).toEqual(['platformBaseUrl', 'callLogWebhookUrl']);
      expect(problems[0]?.message).toMatch(/must use https/);
    }
    for (const url of [
      'https://hooks.example.com/log',
      'http://127.0.0.1:4010',
      'http://localhost:8080/log',
      'http://[::1]:9/log',
    ]) {
      expect(pickStorable({ callLogWebhookUrl: url, loginBaseUrl: url }).problems).toEqual([]);
    }
  });
});
