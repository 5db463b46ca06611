// The installation's settings through the Support API (Apps: Show / Update App Installation):
// the request shapes, the role rule, and the Support API's own words on a failure.
import { createFakeZafClient } from '../../testing/fakeZafClient';
import {
  createZendeskInstallSettings,
  installationPath,
  watchInstallSettings,
} from './zendeskInstallSettings';

const INSTALLATION = 2_000_002;
const URL = '/api/v2/apps/installations/2000002.json';
const installation = (settings: Record<string, unknown>) => ({
  id: INSTALLATION,
  app_id: 1_000_001,
  enabled: true,
  settings: { platformBaseUrl: 'https://acd.example.com', ...settings },
});

function setup(role: string | undefined) {
  const zaf = createFakeZafClient();
  const store = createZendeskInstallSettings({
    client: zaf.client,
    installationId: INSTALLATION,
    role,
  });
  return { zaf, store };
}

describe('the Zendesk installation settings store', () => {
  it('only a Zendesk admin may edit (the platform admin permission is not Zendesk’s)', () => {
    expect(setup('admin').store.canEdit).toBe(true);
    expect(setup('agent').store.canEdit).toBe(false);
    expect(setup(undefined).store.canEdit).toBe(false);
    expect(installationPath(7)).toBe('/api/v2/apps/installations/7.json');
  });

  it('reads the installation: GET, its settings by parameter name ("true" strings too)', async () => {
    const { zaf, store } = setup('agent');
    zaf.respond(
      'GET',
      URL,
      installation({ callLogging: 'true', autoAnswer: false, ringingDefault: false }),
    );
    await expect(store.load()).resolves.toEqual({
      callLogging: true,
      autoAnswer: false,
      ringingDefault: false,
    });
    expect(zaf.requests.map((r) => [r.type, r.url])).toEqual([['GET', URL]]);
  });

  it('saves with PUT { settings } as JSON, only the three parameters, and returns what Zendesk kept', async () => {
    const { zaf, store } = setup('admin');
    zaf.respond('PUT', URL, (request: { data?: string }) => {
      const body = JSON.parse(request.data ?? '{}') as { settings: Record<string, unknown> };
      return installation(body.settings);
    });
    await expect(
      store.save({ callLogging: true, autoAnswer: false, ringingDefault: true }),
    ).resolves.toEqual({ callLogging: true, autoAnswer: false, ringingDefault: true });
    const [put] = zaf.requests;
    expect(put).toMatchObject({
      url: URL,
      type: 'PUT',
      contentType: 'application/json',
      dataType: 'json',
    });
    expect(put?.json).toEqual({
      settings: { callLogging: true, autoAnswer: false, ringingDefault: true },
    });
  });

  it('a refusal rejects with the Support API’s words: 403, 422, no answer', async () => {
    const { zaf, store } = setup('admin');
    const values = { callLogging: true, autoAnswer: false, ringingDefault: true };
    zaf.fail(
      'PUT',
      URL,
      403,
      1,
      JSON.stringify({ error: 'Forbidden', description: 'You do not have access to this page.' }),
    );
    await expect(store.save(values)).rejects.toThrow(
      'Forbidden: You do not have access to this page.',
    );
    zaf.fail(
      'PUT',
      URL,
      422,
      1,
      JSON.stringify({ error: 'RecordInvalid', description: 'Record validation errors' }),
    );
    await expect(store.save(values)).rejects.toThrow('RecordInvalid: Record validation errors');
    zaf.fail('PUT', URL, 0, 1, '');
    await expect(store.save(values)).rejects.toThrow('no answer from Zendesk');
    zaf.fail('PUT', URL, 500, 1, '<html>');
    await expect(store.save(values)).rejects.toThrow('HTTP 500 Server Error');
  });

  it('an answer without settings is an error, not a silent default', async () => {
    const { zaf, store } = setup('admin');
    zaf.respond('GET', URL, { id: INSTALLATION });
    await expect(store.load()).rejects.toThrow('without the installation’s settings');
  });
});

describe('the leader re-reads the installation', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('reports a changed call logging or auto-answer once, keeps going after a failed read', async () => {
    const { zaf, store } = setup('agent');
    const changes: unknown[] = [];
    const stop = watchInstallSettings(
      store,
      { callLogging: false, autoAnswer: false, ringingDefault: true },
      (s) => changes.push(s),
      60_000,
    );
    zaf.fail('GET', URL, 500, 1);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(changes).toEqual([]);
    zaf.respond('GET', URL, installation({ callLogging: true }));
    await jest.advanceTimersByTimeAsync(60_000);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(changes).toEqual([{ callLogging: true, autoAnswer: false, ringingDefault: true }]);
    stop();
    zaf.respond('GET', URL, installation({ callLogging: false }));
    await jest.advanceTimersByTimeAsync(120_000);
    expect(changes).toHaveLength(1);
    expect(zaf.requests.filter((r) => r.type === 'GET')).toHaveLength(3);
  });
});
