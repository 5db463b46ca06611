// One long transcript into the running core (every saga): a 5,000-message history page as
// the history fetch after a reload delivers it, then the same page again with new lines, as
// a resync does. Each is one store action; the figure is that action's time.
import { performance } from 'node:perf_hooks';
import type { WebChatMessage } from '@acd/shared';
import { chatSnapshot, customerMessage, snapshotFrame } from './benchPlatform';
import { transcriptLoaded } from '../../shared/testing/coreActions';
import { settle, startBenchCore } from './startBenchCore';

const MESSAGES = Number(process.env.BENCH_TRANSCRIPT_MESSAGES ?? 5_000);
const ROUNDS = 7;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

export async function transcriptLoadBenchmarks(): Promise<Record<string, number>> {
  const { core, socket } = await startBenchCore();
  const at = Date.now() - 3_600_000;
  const first: number[] = [];
  const again: number[] = [];
  for (let n = 0; n < ROUNDS; n += 1) {
    socket().emit('message', snapshotFrame(chatSnapshot(n, { state: 'connected', at })));
    await settle();
    const page: WebChatMessage[] = Array.from({ length: MESSAGES }, (_, seq) =>
      customerMessage(n, seq, at + seq),
    );
    const load = (messages: WebChatMessage[]) => {
      const began = performance.now();
      core.store.dispatch(
        transcriptLoaded({ conversationId: `chat-${n}`, messages, agentSenderIds: [] }),
      );
      return performance.now() - began;
    };
    first.push(load(page));
    await settle();
    const resync = [
      ...page,
      ...Array.from({ length: 50 }, (_, i) => customerMessage(n, MESSAGES + i, at + MESSAGES + i)),
    ];
    again.push(load(resync));
    await settle();
    const shown = core.store.getState().messages.entities[`chat-${n}`]?.messageIds.length;
    if (shown !== MESSAGES + 50) throw new Error(`chat-${n} holds ${String(shown)} messages`);
  }
  await core.api.stop();
  return {
    [`core ${MESSAGES}-message history page into the store, one action, median ms (goal <= 50)`]:
      Number(median(first).toFixed(1)),
    [`core the same page again plus 50 (resync), one action, median ms`]: Number(
      median(again).toFixed(1),
    ),
  };
}
