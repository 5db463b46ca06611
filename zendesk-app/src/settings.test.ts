import { coreSettingsFrom, readAppSettings } from './settings';

describe('app settings from client.metadata()', () => {
  it('reads every parameter, checkboxes as booleans or their string form', () => {
    const settings = readAppSettings({
      settings: {
        platformBaseUrl: ' https://api.example.com/ ',
        oauthClientId: 'abc-123',
        callbackUrl: 'https://agent.example.com/callback/',
        callLogging: true,
        autoAnswer: 'false',
        ringingDefault: 'true',
      },
    });
    expect(settings).toEqual({
      platformBaseUrl: 'https://api.example.com',
      oauthClientId: 'abc-123',
      signIn: {
        mode: 'oauth',
        platformBaseUrl: 'https://api.example.com',
        loginBaseUrl: 'https://login.example.com',
        clientId: 'abc-123',
        callbackUrl: 'https://agent.example.com/callback/',
      },
      callLogging: true,
      autoAnswer: false,
      ringingDefault: true,
    });
    expect(coreSettingsFrom(settings)).toEqual({
      platformBaseUrl: 'https://api.example.com',
      callLogging: true,
      autoAnswer: false,
      ringing: true,
    });
  });

  it('uses the defaults for checkboxes the admin never saved', () => {
    expect(
      readAppSettings({ settings: { platformBaseUrl: 'http://127.0.0.1:4010' } }),
    ).toMatchObject({
      callLogging: false,
      autoAnswer: false,
      ringingDefault: true,
      oauthClientId: '',
    });
  });

  it('shows the simulator picker only when the admin sets signIn to simulator', () => {
    const base = { platformBaseUrl: 'http://127.0.0.1:4010' };
    expect(readAppSettings({ settings: base }).signIn.mode).toBe('oauth');
    expect(readAppSettings({ settings: { ...base, signIn: 'simulator' } }).signIn.mode).toBe(
      'simulator',
    );
    expect(() => readAppSettings({ settings: { ...base, signIn: 'guess' } })).toThrow(
      /signIn must be/,
    );
  });

  it('requires https, allowing http only for the loopback simulator', () => {
    for (const platformBaseUrl of [
      'https://api.example.com',
      'http://127.0.0.1:4010',
      'http://localhost:4010',
      'http://[::1]:4010',
    ]) {
      expect(readAppSettings({ settings: { platformBaseUrl } }).platformBaseUrl).toBe(
        platformBaseUrl,
      );
    }
    for (const platformBaseUrl of ['http://api.example.com', 'http://10.0.0.5:4010']) {
      expect(() => readAppSettings({ settings: { platformBaseUrl } })).toThrow(
        /must use https .*loopback simulator.*, not http:\/\//,
      );
    }
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => readAppSettings({ settings: { platformBaseUrl: 'javascript:alert(1)' } })).toThrow(
      /must use https/,
    );
    expect(() => readAppSettings({ settings: {} })).toThrow(/not a URL/);
  });
});
