// A chat's history is loaded when it appears. One failed load used to leave it for the next
// reconnect: the customer's opening message missing, and the agent's own replies shown (and
// counted unread, and logged) as the customer's. The load is tried again; and a confirmed
// send names the agent's sender either way.
import { startSimulator, SEED_IDS, type SimulatorSession } from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { messageOf } from '../messages/messagesSlice';
import { lineSource, selectUnreadCount } from '../messages/messageSelectors';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const HISTORY = /^GET \/api\/v2\/conversations\/chats\/[^/]+\/messages$/;

describe('a chat whose history fails to load', () => {
  it('loads it on a later try, with the agent’s replies as theirs', async () => {
    let failures = 0;
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      around: (request, send) => {
        if (failures >= 1 || !HISTORY.test(request)) return send();
        failures += 1;
        return Promise.resolve(
          Response.json(
            { message: 'Internal error', code: 'internal.server.error', status: 500 },
            { status: 500 },
          ),
        );
      },
    });
    const cid = await sim.pickUpNewChat(core);
    core.api.typeReply(cid, 'Yes, I am here');
    core.api.sendReply(cid);
    await waitFor(() => core.store.getState().outbox.ids.length === 0, { what: 'the reply' });
    await waitFor(() => core.store.getState().messages.entities[cid]?.loaded === true, {
      what: 'the history on a later try',
    });

    expect(failures).toBe(1);
    const transcript = core.store.getState().messages.entities[cid];
    if (transcript === undefined) throw new Error('no transcript');
    const lines = transcript.messageIds.map((id) => messageOf(transcript, id));
    const sourceOf = (body: string) => {
      const line = lines.find((message) => message?.body === body);
      return line === undefined ? 'missing' : lineSource(transcript, line);
    };
    expect(sourceOf('Hello, anyone there?')).toBe('customer');
    expect(sourceOf('Yes, I am here')).toBe('agent');
    expect(selectUnreadCount(core.store.getState(), cid)).toBe(0);
  });
});
