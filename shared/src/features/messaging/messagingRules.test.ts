// The behaviour rules for web messaging conversations, where the media allows them, against
// the loopback simulator: the same core handles a chat and a messaging conversation at once.
// Rule 6 (others held) is for chats only: messaging has no hold.
import {
  startSimulator,
  SEED_IDS,
  testTimings,
  type SimulatorSession,
  type TestCore,
} from '../../../testing/simulatorSession';
import { waitFor } from '../../../testing/waitFor';
import { selectInteraction } from '../interactions/interactionSelectors';
import { selectUnreadCount } from '../messages/messageSelectors';
import { selectPickUpBlocked } from '../wrapup/wrapupSelectors';
import { messageOf } from '../messages/messagesSlice';

let sim: SimulatorSession;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  await sim.stop();
});

const bulkRequests = (core: TestCore, cid: string) =>
  core.requests.filter((r) => r === `POST /api/v2/conversations/messages/${cid}/messages/bulk`);

const transcriptOf = (core: TestCore, cid: string) => {
  const transcript = core.store.getState().messages.entities[cid];
  return (transcript?.messageIds ?? []).map((id) => transcript && messageOf(transcript, id));
};

const agentLeg = (cid: string) =>
  sim.engine
    .conversation(cid)
    .participants.find((p) => p.purpose === 'agent' && p.userId === SEED_IDS.agentAlex);

async function codesLoaded(core: TestCore) {
  await waitFor(
    () => core.store.getState().wrapup.codesByQueue[SEED_IDS.queueSupport]?.status === 'loaded',
    { what: 'codes' },
  );
}

describe('web messaging, rule by rule', () => {
  it('rule 1: a routed messaging conversation alerts with its media, customer and queue', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.startMessaging('Mina Guest');
    await waitFor(() => selectInteraction(core.store.getState(), cid)?.state === 'alerting', {
      what: 'the alert',
    });
    expect(selectInteraction(core.store.getState(), cid)).toMatchObject({
      media: 'message',
      customer: { name: 'Mina Guest' },
      queue: { id: SEED_IDS.queueSupport },
    });
    // Not answered by itself (auto-answer is off by default).
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(selectInteraction(core.store.getState(), cid)?.state).toBe('alerting');
  });

  it('rule 3 and 7: picked up, the first message arrives through one bulk fetch and is unread', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(core);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'unread' });
    expect(transcriptOf(core, cid)[0]).toMatchObject({
      body: 'Hi, I have a question',
      messaging: { direction: 'inbound' },
    });
  });

  it('fetches a burst of customer messages with one bulk request, never one per message', async () => {
    // A wider quiet window than the product's 100 ms: on two busy CI cores twenty loopback
    // posts can spread over more than 100 ms, and this test is about coalescing, not timing.
    const core = await sim.startCore(SEED_IDS.agentAlex, {
      timings: { ...testTimings, messageQuietMs: 1_000, messageMaxWaitMs: 5_000 },
    });
    const cid = await sim.pickUpNewMessaging(core);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'first' });
    const before = bulkRequests(core, cid).length;
    const burst = Array.from({ length: 20 }, (_, i) => `part ${i + 1}`);
    await Promise.all(burst.map((body) => sim.customerSays(cid, body)));
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 21, {
      what: 'the whole burst',
    });
    const bursts = bulkRequests(core, cid).length - before;
    expect(bursts).toBeGreaterThanOrEqual(1);
    expect(bursts).toBeLessThanOrEqual(2);
    const bodies = transcriptOf(core, cid).map((m) => m?.body);
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('rule 5 and 7: a reply is sent once, shows Sent, then Delivered and Read; it clears the burst', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(core);
    await waitFor(() => selectUnreadCount(core.store.getState(), cid) === 1, { what: 'unread' });
    core.api.typeReply(cid, '   ');
    core.api.sendReply(cid);
    expect(core.store.getState().compose.entities[cid]?.error).toBe('empty');
    core.api.typeReply(cid, 'Happy to help');
    core.api.sendReply(cid);
    expect(selectUnreadCount(core.store.getState(), cid)).toBe(0);
    const mine = () => transcriptOf(core, cid).find((m) => m?.body === 'Happy to help');
    await waitFor(() => mine()?.messaging?.status === 'Sent', { what: 'Sent' });
    await sim.receipt(cid, 'Delivered');
    await waitFor(() => mine()?.messaging?.status === 'Delivered', { what: 'Delivered' });
    await sim.receipt(cid, 'Read');
    await waitFor(() => mine()?.messaging?.status === 'Read', { what: 'Read' });
    const onPlatform = sim.engine
      .conversation(cid)
      .messagingMessages.filter((m) => m.data.textBody === 'Happy to help');
    expect(onPlatform).toHaveLength(1);
    expect(transcriptOf(core, cid).filter((m) => m?.body === 'Happy to help')).toHaveLength(1);
  });

  it('Retry on a message the platform reports Failed sends it again once, however often clicked', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(core);
    core.api.typeReply(cid, 'Your code is 1234');
    core.api.sendReply(cid);
    const lines = () => transcriptOf(core, cid).filter((m) => m?.body === 'Your code is 1234');
    await waitFor(() => lines()[0]?.messaging?.status === 'Sent', { what: 'Sent' });
    const failedId = lines()[0]?.id ?? '';
    await sim.receipt(cid, 'Failed', failedId);
    await waitFor(() => lines()[0]?.messaging?.status === 'Failed', { what: 'Failed' });
    core.api.resendMessage(cid, failedId);
    core.api.resendMessage(cid, failedId);
    await waitFor(
      () => lines().some((m) => m?.id !== failedId && m?.messaging?.status === 'Sent'),
      {
        what: 'the resent message',
      },
    );
    core.api.resendMessage(cid, failedId);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sends = core.requests.filter((r) => r.endsWith('/messages') && r.startsWith('POST'));
    expect(sends).toHaveLength(2);
    expect(lines()).toHaveLength(2);
    expect(lines().find((m) => m?.id === failedId)?.resentAs).toBeDefined();
  });

  it('rule 6 for chats only: beside a chat, a messaging conversation is never held', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const chat = await sim.pickUpNewChat(core, 'Chat Customer');
    core.api.selectChat(chat);
    const messaging = await sim.pickUpNewMessaging(core, 'Messaging Customer');
    core.api.selectChat(messaging);
    await waitFor(() => selectInteraction(core.store.getState(), chat)?.held === true, {
      what: 'the chat held',
    });
    core.api.selectChat(chat);
    await waitFor(() => selectInteraction(core.store.getState(), chat)?.held === false, {
      what: 'the chat back',
    });
    expect(agentLeg(messaging)?.held ?? false).toBe(false);
    expect(core.requests.filter((r) => r.includes(`/messages/${messaging}/participants`))).toEqual([
      `PATCH /api/v2/conversations/messages/${messaging}/participants/${agentLeg(messaging)?.id}`,
    ]);
    const notices = Object.values(core.store.getState().notices.entities);
    expect(notices.filter((n) => n.key === 'notice.holdFailed')).toEqual([]);
  });

  it('rules 8, 10, 11: disconnect opens wrap-up; left open it blocks routing of both media; Done releases', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(core);
    core.api.disconnect(cid);
    await waitFor(() => core.store.getState().wrapup.entities[cid]?.panelOpen, { what: 'panel' });
    expect(agentLeg(cid)?.state).toBe('disconnected');
    core.api.closeWrapup(cid);
    expect(selectPickUpBlocked(core.store.getState())).toBe(true);
    const waitingChat = await sim.startChat('Waiting Chat');
    const waitingMessaging = await sim.startMessaging('Waiting Messaging');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(core.store.getState().interactions.entities[waitingChat]).toBeUndefined();
    expect(core.store.getState().interactions.entities[waitingMessaging]).toBeUndefined();
    core.api.reopenWrapup(cid);
    await codesLoaded(core);
    core.api.chooseWrapupCode(cid, SEED_IDS.codeResolved);
    core.api.finishWrapup(cid);
    await waitFor(() => core.store.getState().interactions.entities[cid] === undefined, {
      what: 'released',
    });
    expect(agentLeg(cid)?.wrapup?.code).toBe(SEED_IDS.codeResolved);
    await waitFor(
      () =>
        core.store.getState().interactions.entities[waitingChat] !== undefined ||
        core.store.getState().interactions.entities[waitingMessaging] !== undefined,
      { what: 'routing again' },
    );
  });

  it('rule 7 across clients: a reply on one client clears the burst on the other', async () => {
    const first = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(first);
    const second = await sim.startCore(SEED_IDS.agentAlex, { onQueue: false });
    await waitFor(() => selectUnreadCount(second.store.getState(), cid) === 1, {
      what: 'unread on the second client',
    });
    first.api.typeReply(cid, 'On it');
    first.api.sendReply(cid);
    await waitFor(() => selectUnreadCount(second.store.getState(), cid) === 0, {
      what: 'cleared on the second client',
    });
    await waitFor(() => transcriptOf(second, cid).some((m) => m?.body === 'On it'), {
      what: 'the reply on the second client',
    });
  });

  it('rule 12: a reply sent through 503s lands once; a resync after a dropped socket loses nothing', async () => {
    const core = await sim.startCore(SEED_IDS.agentAlex);
    const cid = await sim.pickUpNewMessaging(core);
    await sim.post('/sim/faults', { status: 503, count: 3 });
    core.api.typeReply(cid, 'Through the storm');
    core.api.sendReply(cid);
    await sim.post('/sim/faults', { dropSockets: true });
    await sim.customerSays(cid, 'Said while you were away');
    await waitFor(
      () =>
        transcriptOf(core, cid).some((m) => m?.body === 'Said while you were away') &&
        transcriptOf(core, cid).some(
          (m) => m?.body === 'Through the storm' && m.delivery === undefined,
        ),
      { what: 'both messages after the faults', timeoutMs: 10_000 },
    );
    const platformTexts = sim.engine
      .conversation(cid)
      .messagingMessages.map((m) => m.data.textBody);
    expect(platformTexts.filter((text) => text === 'Through the storm')).toHaveLength(1);
    expect(transcriptOf(core, cid).filter((m) => m?.body === 'Through the storm')).toHaveLength(1);
  });
});
