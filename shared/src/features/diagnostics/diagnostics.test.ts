// "Download diagnostics" (issue 17): the file holds the recent log (platform calls with
// status and timing, socket and outbox changes), version, host, settings and browser, and
// never the access token, message text, notes or the customer's name and email.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createBrowserAgent } from '../../embed/createBrowserAgent';
import { createWebStorage } from '../../embed/browserStorage';
import { createMemoryWebStorage } from '../../embed/memoryWebStorage';
import { CLIENT_VERSION } from '../../app/version';
import { createRecordingCrm } from '../../../testing/recordingCrm';
import { SEED_IDS, startSimulator } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { createDiagnosticLog } from './diagnosticLog';
import { redact, REDACTED } from './redact';

const CUSTOMER = 'Ada Quietname';
const EMAIL = 'ada.quiet@example.org';
const FIRST_MESSAGE = 'my card number is 4111 1111';
const REPLY = 'a private reply about the order';
const NOTES = 'notes nobody else may read';

describe('diagnostics', () => {
  it('keeps a bounded ring of the newest entries, counting what it dropped', () => {
    let now = 0;
    const log = createDiagnosticLog({ capacity: 3, now: () => (now += 1) });
    for (const n of [1, 2, 3, 4, 5]) log.record('socket', `event ${n}`);
    expect(log.entries().map((e) => e.message)).toEqual(['event 3', 'event 4', 'event 5']);
    expect(log.dropped()).toBe(2);
    log.warn('boom', new Error('why'));
    expect(log.entries().at(-1)).toMatchObject({
      kind: 'warn',
      message: 'boom',
      detail: { error: 'why' },
    });
  });

  it('redacts secrets and personal text by field name and by value, at any depth', () => {
    const out = redact(
      {
        accessToken: 'abc',
        headers: { Authorization: 'Bearer xyz' },
        items: [{ body: 'hello', notes: 'n', kind: 'message' }],
        message: `GET failed for ${CUSTOMER} <${EMAIL}> with Bearer tok.en-1`,
      },
      [CUSTOMER],
    );
    expect(out).toEqual({
      accessToken: REDACTED,
      headers: { Authorization: REDACTED },
      items: [{ body: REDACTED, notes: REDACTED, kind: 'message' }],
      message: `GET failed for ${REDACTED} <${REDACTED}> with Bearer ${REDACTED}`,
    });
  });

  it('gives a file with the log, version, host, settings and browser, redacted', async () => {
    const sim = await startSimulator();
    const token = await sim.signIn(SEED_IDS.agentAlex);
    const agent = createBrowserAgent({
      platformBaseUrl: sim.server.url,
      accessToken: token,
      crm: createRecordingCrm().crm,
      storage: createWebStorage(createMemoryWebStorage()),
      language: 'en',
      host: 'standalone',
      tuning: { logger: { warn: () => undefined } },
    });
    try {
      await agent.api.start();
      const state = () => agent.store.getState();
      await waitFor(() => state().connection.status === 'connected', { what: 'the socket' });
      agent.api.setPresence('On Queue');
      await waitFor(() => state().session.presence === 'On Queue', { what: 'On Queue' });
      const started = (await sim.post('/sim/chats', {
        queueId: SEED_IDS.queueSupport,
        customerName: CUSTOMER,
        customerEmail: EMAIL,
        firstMessage: FIRST_MESSAGE,
      })) as { conversationId: string };
      const id = started.conversationId;
      await waitFor(() => state().interactions.entities[id], { what: 'the alert' });
      agent.api.pickUp(id);
      await waitFor(() => state().interactions.entities[id]?.state === 'connected', {
        what: 'the pick-up',
      });
      agent.api.typeReply(id, REPLY);
      agent.api.sendReply(id);
      await waitFor(() => state().outbox.ids.length === 0, { what: 'the reply confirmed' });
      agent.api.disconnect(id);
      await waitFor(() => state().wrapup.entities[id], { what: 'the wrap-up' });
      agent.api.writeNotes(id, NOTES);

      const text = await agent.api.diagnostics();
      const file = JSON.parse(text) as {
        version: string;
        host: string;
        browser: string;
        settings: Record<string, unknown>;
        log: { entries: { kind: string; message: string; detail?: Record<string, unknown> }[] };
      };
      const shared = JSON.parse(
        readFileSync(path.join(__dirname, '../../../package.json'), 'utf8'),
      ) as { version: string };
      expect(file.version).toBe(shared.version);
      expect(CLIENT_VERSION).toBe(shared.version);
      expect(file.host).toBe('standalone');
      expect(typeof file.browser).toBe('string');
      expect(file.settings).toMatchObject({ language: 'en', platformBaseUrl: sim.server.url });

      // A reply is one POST of the chat's messages, logged with its status and time.
      const reply = file.log.entries.find(
        (e) =>
          e.kind === 'platform' &&
          e.detail?.method === 'POST' &&
          /^\/api\/v2\/conversations\/chats\/[^/]+\/communications\/[^/]+\/messages$/.test(
            String(e.detail.path),
          ),
      );
      expect(reply?.detail?.outcome).toBe(200);
      expect(typeof reply?.detail?.ms).toBe('number');
      expect(file.log.entries.map((e) => e.message)).toEqual(
        expect.arrayContaining(['connection connected', 'session ready']),
      );
      expect(file.log.entries.some((e) => e.kind === 'outbox')).toBe(true);

      for (const secret of [token, CUSTOMER, EMAIL, FIRST_MESSAGE, REPLY, NOTES]) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await agent.api.stop();
      await sim.stop();
    }
  });
});
