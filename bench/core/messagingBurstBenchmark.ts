// Web messaging (issue 13): a burst of 50 customer messages on one messaging conversation.
// Each message makes the platform send a whole-conversation snapshot listing message ids
// only; the core must fetch the texts with one bulk request for the burst and change the
// transcript the UI reads only a few times (each change is one render of that transcript).
import { performance } from 'node:perf_hooks';
import { AGENT_ID, chatSnapshot, frame } from './benchPlatform';
import { settle, startBenchCore } from './startBenchCore';

const BURST = 50;
/** Gap between two snapshots of the burst, as a fast typist or a bot would make them. */
const GAP_MS = 2;
const CID = 'chat-0';

/** Snapshot `count` of the messaging conversation: the connected legs plus `count` ids. */
function messagingFrame(count: number, at: number): string {
  const snapshot = chatSnapshot(0, { state: 'connected', at });
  // A messaging participant lists its message ids (its hold flag stays false, as the
  // simulator sends it: messaging conversations cannot be held).
  const participants = snapshot.participants.map((p) => {
    return p.purpose === 'customer'
      ? {
          ...p,
          messages: Array.from({ length: count }, (_, i) => ({
            messageId: `msg-${i}`,
            messageStatus: 'received',
            messageTime: new Date(at + i).toISOString(),
          })),
        }
      : { ...p, messages: [] };
  });
  return frame(`v2.users.${AGENT_ID}.conversations.messages`, { ...snapshot, participants });
}

export async function runMessagingBurstBenchmark(): Promise<Record<string, number>> {
  const bulkCalls: string[][] = [];
  const { core, socket } = await startBenchCore((name, args) => {
    if (name === 'fetchMessages') bulkCalls.push(args[1] as string[]);
  });
  const at = Date.now();
  socket().emit('message', messagingFrame(0, at));
  await settle();
  let transcriptChanges = 0;
  let rowChanges = 0;
  let lastTranscript = core.store.getState().messages.entities[CID];
  let lastRow = core.store.getState().interactions.entities[CID];
  const unsubscribe = core.store.subscribe(() => {
    const state = core.store.getState();
    if (state.messages.entities[CID] !== lastTranscript) transcriptChanges += 1;
    if (state.interactions.entities[CID] !== lastRow) rowChanges += 1;
    lastTranscript = state.messages.entities[CID];
    lastRow = state.interactions.entities[CID];
  });
  const began = performance.now();
  for (let count = 1; count <= BURST; count += 1) {
    socket().emit('message', messagingFrame(count, at));
    await new Promise((resolve) => setTimeout(resolve, GAP_MS));
  }
  for (
    let i = 0;
    i < 200 && core.store.getState().messages.entities[CID]?.messageIds.length !== BURST;
    i += 1
  ) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elapsed = performance.now() - began;
  unsubscribe();
  const shown = core.store.getState().messages.entities[CID]?.messageIds.length ?? 0;
  await core.api.stop();
  if (shown !== BURST) throw new Error(`The burst showed ${shown} of ${BURST} messages`);
  return {
    'messaging burst: customer messages': BURST,
    'messaging burst: bulk requests (goal 1)': bulkCalls.length,
    'messaging burst: ids fetched': bulkCalls.reduce((sum, ids) => sum + ids.length, 0),
    'messaging burst: transcript changes = renders (goal <= 3)': transcriptChanges,
    'messaging burst: row changes': rowChanges,
    'messaging burst: ms from first snapshot to all shown': Number(elapsed.toFixed(1)),
  };
}
