import { createShell, flush, installFakeClient, removeAll } from './testHarness';

jest.mock('lightning/platformUtilityBarApi', () => require('./utilityBarMock').create(), {
  virtual: true,
});

describe('c-acd-chat-agent design properties', () => {
  afterEach(() => {
    removeAll();
  });

  it('starts the core with the defaults when the admin set nothing', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    expect(seen.mounts[0].options.settings).toEqual({
      callLogging: false,
      autoAnswer: false,
      ringing: true,
      language: 'en',
    });
    expect(seen.mounts[0].options.oauthClientId).toBe('');
    await expect(element).toBeAccessible();
  });

  it('hands every property the admin set in App Manager to the core', async () => {
    const seen = installFakeClient();
    const element = createShell({
      callLogging: true,
      autoAnswer: true,
      ringing: false,
      defaultLanguage: 'ja',
      platformBaseUrl: 'https://api.acd-platform.example.com/',
      oauthClientId: ' 6f1c-client ',
    });
    await flush();

    expect(seen.mounts[0].options.settings).toEqual({
      callLogging: true,
      autoAnswer: true,
      ringing: false,
      language: 'ja',
      platformBaseUrl: 'https://api.acd-platform.example.com',
    });
    expect(seen.mounts[0].options.oauthClientId).toBe('6f1c-client');
    await expect(element).toBeAccessible();
  });

  it('reads string values the way App Builder may pass them', async () => {
    const seen = installFakeClient();
    const element = createShell({ callLogging: 'true', ringing: 'false' });
    await flush();

    expect(seen.mounts[0].options.settings).toMatchObject({ callLogging: true, ringing: false });
    await expect(element).toBeAccessible();
  });

  it('passes a property changed after start to the running core', async () => {
    const seen = installFakeClient();
    const element = createShell();
    await flush();

    element.callLogging = true;
    element.defaultLanguage = 'ja';

    expect(seen.settingsChanges.at(-1)).toMatchObject({ callLogging: true, language: 'ja' });
    expect(seen.mounts).toHaveLength(1);
    await expect(element).toBeAccessible();
  });

  it('shows its own messages in the language default', async () => {
    installFakeClient();
    const element = createShell({ defaultLanguage: 'ja' });

    expect(element.querySelector('[role="status"]').textContent).toBe(
      'チャットクライアントを読み込み中…',
    );
    await flush();
    await expect(element).toBeAccessible();
  });
});
