import { coreSettingsFrom, readAppSettings } from './settings';

describe('app settings from client.metadata()', () => {
  it('reads every parameter, checkboxes as booleans or their string form', () => {
    const settings = readAppSettings({
      settings: {
        platformBaseUrl: ' https://api.example.com/ ',
        oauthClientId: 'abc-123',
        callLogging: true,
        autoAnswer: 'false',
        ringingDefault: 'true',
      },
    });
    expect(settings).toEqual({
      platformBaseUrl: 'https://api.example.com',
      oauthClientId: 'abc-123',
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

  it('refuses a base URL that is not http(s)', () => {
    expect(() => readAppSettings({ settings: { platformBaseUrl: 'javascript:alert(1)' } })).toThrow(
      /http/,
    );
    expect(() => readAppSettings({ settings: {} })).toThrow(/not a URL/);
  });
});
