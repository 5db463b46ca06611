// A view frame (Zendesk's ticket sidebar and top bar, the extension's panels) follows the
// core in the background frame through patches. With a 5,000-message transcript open, each
// customer message must cost the channel a patch about that message, not a copy of the
// transcript: the figures are the bytes posted per message and the time from the socket
// frame to the view's store holding it (postMessage's structured clone included).
import { performance } from 'node:perf_hooks';
import { connectAgentView, hostAgentCore } from '@acd/shared';
import { createMemoryHub } from '../../shared/testing/memoryHub';
import { chatSnapshot, customerMessage, messageFrame, snapshotFrame } from './benchPlatform';
import { settle, startBenchCore } from './startBenchCore';
import { percentile } from '../percentile';

const MESSAGES = Number(process.env.BENCH_TRANSCRIPT_MESSAGES ?? 5_000);
const EVENTS = 200;

export async function remoteViewBenchmarks(): Promise<Record<string, number>> {
  const at = Date.now() - 3_600_000;
  const history = () =>
    Array.from({ length: MESSAGES }, (_, seq) => customerMessage(0, seq, at + seq));
  const { core, socket } = await startBenchCore(undefined, history);
  socket().emit('message', snapshotFrame(chatSnapshot(0, { state: 'connected', at })));
  const lines = (state: ReturnType<typeof core.store.getState>) =>
    state.messages.entities['chat-0']?.messageIds.length ?? 0;
  for (let i = 0; i < 10_000 && lines(core.store.getState()) < MESSAGES; i += 1) await settle();

  const hub = createMemoryHub();
  const hostTransport = hub.connect();
  let bytes = 0;
  const host = hostAgentCore(core, {
    ...hostTransport,
    send(message) {
      bytes += JSON.stringify(message).length;
      hostTransport.send(message);
    },
  });
  const view = connectAgentView(hub.connect());
  await view.api.start();
  for (let i = 0; i < 10_000 && lines(view.store.getState()) < MESSAGES; i += 1) await settle();
  if (lines(view.store.getState()) < MESSAGES)
    throw new Error('The view did not get the transcript');

  const ms: number[] = [];
  const sizes: number[] = [];
  for (let seq = MESSAGES; seq < MESSAGES + EVENTS + 20; seq += 1) {
    const want = lines(view.store.getState()) + 1;
    bytes = 0;
    const began = performance.now();
    socket().emit('message', messageFrame(customerMessage(0, seq, Date.now())));
    while (lines(view.store.getState()) < want) await new Promise<void>((r) => setImmediate(r));
    if (seq >= MESSAGES + 20) {
      ms.push(performance.now() - began);
      sizes.push(bytes);
    }
  }
  view.close();
  host.close();
  await core.api.stop();
  return {
    [`remote view, one message on a ${MESSAGES}-message transcript: bytes posted, median`]:
      percentile(sizes, 50),
    'remote view, socket frame to the view store, median ms': Number(percentile(ms, 50).toFixed(2)),
    'remote view, socket frame to the view store, p95 ms': Number(percentile(ms, 95).toFixed(2)),
  };
}
