// The admin's settings cleaned once for every host: what an admin types in App Builder or
// the Zendesk app's settings, and what the agent's client then runs with.
import {
  ADMIN_DEFAULTS,
  AdminSettingsError,
  checkPlatformBaseUrl,
  cleanAdminProperties,
  coreSettingsFromAdmin,
} from './adminProperties';

describe("the admin's settings", () => {
  it('gives the defaults when the admin set nothing, or left blanks', () => {
    expect(cleanAdminProperties({})).toEqual(ADMIN_DEFAULTS);
    expect(
      cleanAdminProperties({ callLogging: '', ringing: null, signIn: ' ', defaultLanguage: '' }),
    ).toEqual(ADMIN_DEFAULTS);
    expect(ADMIN_DEFAULTS).toMatchObject({ ringing: true, callLogging: false, signIn: 'oauth' });
  });

  it('trims text, drops trailing slashes from the URLs and reads the sign-in mode in any case', () => {
    expect(
      cleanAdminProperties({
        platformBaseUrl: ' https://api.acd.example.com// ',
        loginBaseUrl: 'https://login.acd.example.com/',
        oauthClientId: ' 6f1c-client ',
        callbackUrl: ' https://agents.example.com/callback/ ',
        signIn: 'Simulator ',
        defaultLanguage: ' JA ',
      }),
    ).toMatchObject({
      platformBaseUrl: 'https://api.acd.example.com',
      loginBaseUrl: 'https://login.acd.example.com',
      oauthClientId: '6f1c-client',
      // The callback page is the OAuth client's redirect URI: compared exactly, kept as typed.
      callbackUrl: 'https://agents.example.com/callback/',
      signIn: 'simulator',
      defaultLanguage: 'ja',
    });
  });

  it('keeps an unknown sign-in mode as typed, for the sign-in settings to refuse by name', () => {
    expect(cleanAdminProperties({ signIn: ' saml ' }).signIn).toBe('saml');
  });

  it('reads checkboxes as booleans or "true"/"false" strings; anything else is the default', () => {
    expect(
      cleanAdminProperties({ callLogging: 'true', autoAnswer: true, ringing: 'FALSE' }),
    ).toMatchObject({ callLogging: true, autoAnswer: true, ringing: false });
    expect(cleanAdminProperties({ callLogging: 'yes', ringing: 0 })).toMatchObject({
      callLogging: false,
      ringing: true,
    });
  });

  it('asks for https, except the simulator on loopback, and says why', () => {
    expect(checkPlatformBaseUrl('https://api.acd.example.com')).toBe('https://api.acd.example.com');
    expect(checkPlatformBaseUrl('http://127.0.0.1:4010')).toBe('http://127.0.0.1:4010');
    expect(() => checkPlatformBaseUrl('http://api.acd.example.com')).toThrow(
      /must use https .*not http:\/\/api\.acd\.example\.com/,
    );
    expect(() => checkPlatformBaseUrl('')).toThrow(AdminSettingsError);
    expect(() => checkPlatformBaseUrl('api.acd.example.com')).toThrow(/is not a URL/);
  });

  it("gives the core's settings, the language from the CRM user's when left on auto", () => {
    const admin = cleanAdminProperties({ callLogging: true, ringing: 'false' });
    expect(coreSettingsFromAdmin(admin, 'ja-JP')).toEqual({
      callLogging: true,
      autoAnswer: false,
      ringing: false,
      language: 'ja',
    });
    expect(
      coreSettingsFromAdmin(
        cleanAdminProperties({ defaultLanguage: 'en', platformBaseUrl: 'https://a.example/' }),
        'ja',
      ),
    ).toMatchObject({ language: 'en', platformBaseUrl: 'https://a.example' });
  });
});
