// The core's performance goals (issue 3): snapshot events per second, how per-event cost
// grows from 1 to 100 concurrent chats, and the heap left after a simulated 8-hour shift.
import { performance } from 'node:perf_hooks';
import { chatSnapshot, customerMessage, messageFrame, snapshotFrame } from './benchPlatform';
import { snapshotReceived } from '../../shared/testing/coreActions';
import { settle, startBenchCore } from './startBenchCore';
import { transcriptLoadBenchmarks } from './transcriptBenchmarks';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);

/** Resolves once the core has applied `revision` snapshot changes (frames may queue). */
async function appliedUpTo(
  core: { store: { getState: () => { interactions: { revision: number } } } },
  revision: number,
) {
  for (let i = 0; i < 100_000 && core.store.getState().interactions.revision < revision; i += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (core.store.getState().interactions.revision < revision) throw new Error('Frames were lost');
}

/** Time per snapshot event with `chats` connected chats, each event changing one of them. */
async function perEventMicros(chats: number, events: number): Promise<number> {
  const { core, socket } = await startBenchCore();
  const start = Date.now();
  for (let n = 0; n < chats; n += 1) {
    socket().emit('message', snapshotFrame(chatSnapshot(n, { state: 'connected', at: start })));
  }
  await appliedUpTo(core, chats);
  await settle();
  // Built ahead so only the core's work is timed: alternate hold and unhold, chat by chat.
  const frames: string[] = [];
  for (let i = 0; i < events; i += 1) {
    const round = Math.floor(i / chats);
    frames.push(
      snapshotFrame(
        chatSnapshot(i % chats, { state: 'connected', held: round % 2 === 0, at: start + i }),
      ),
    );
  }
  const warm = Math.min(5_000, events / 10);
  for (let i = 0; i < warm; i += 1) socket().emit('message', frames[i]);
  const base = core.store.getState().interactions.revision;
  await appliedUpTo(core, base);
  // What the warm-up and the run before left behind is collected before the clock starts: run
  // second in the process, the 100-chat figure used to pay for the 1-chat run's garbage.
  heapMb();
  const began = performance.now();
  for (let i = warm; i < events; i += 1) socket().emit('message', frames[i]);
  await appliedUpTo(core, base + events - warm);
  const elapsed = performance.now() - began;
  if (core.store.getState().interactions.ids.length !== chats) {
    throw new Error('The bench core lost chats');
  }
  await core.api.stop();
  return (elapsed * 1000) / (events - warm);
}

/** The same events handed to the running core's store already parsed (no socket, no JSON). */
async function storePathMicros(events: number): Promise<number> {
  const { core } = await startBenchCore();
  const start = Date.now();
  const snapshots = Array.from({ length: events }, (_, i) =>
    chatSnapshot(0, { state: 'connected', held: i % 2 === 0, at: start + i }),
  );
  // As the socket benchmarks do: the JIT warms on the first events, and what the earlier
  // benchmarks left behind is collected before the clock starts, not during it.
  const warm = Math.min(5_000, Math.floor(events / 10));
  for (const snapshot of snapshots.slice(0, warm)) core.store.dispatch(snapshotReceived(snapshot));
  heapMb();
  const began = performance.now();
  for (const snapshot of snapshots.slice(warm)) core.store.dispatch(snapshotReceived(snapshot));
  const elapsed = performance.now() - began;
  await core.api.stop();
  return (elapsed * 1000) / (events - warm);
}

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run the benchmarks with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** One chat from alert to release, the agent answering through the core's API. */
async function oneChat(
  n: number,
  run: Awaited<ReturnType<typeof startBenchCore>>,
  commands: string[],
): Promise<void> {
  const { core, socket } = run;
  const cid = `chat-${n}`;
  const t = Date.now();
  socket().emit('message', snapshotFrame(chatSnapshot(n, { state: 'alerting', at: t })));
  core.api.pickUp(cid);
  await settle();
  socket().emit('message', snapshotFrame(chatSnapshot(n, { state: 'connected', at: t + 1 })));
  for (let m = 0; m < 5; m += 1) {
    socket().emit('message', messageFrame(customerMessage(n, m, t + 2 + m)));
  }
  core.api.typeReply(cid, `Answer to customer ${n}`);
  core.api.sendReply(cid);
  await settle();
  socket().emit('message', snapshotFrame(chatSnapshot(n, { state: 'disconnected', at: t + 10 })));
  await settle();
  core.api.chooseWrapupCode(cid, 'bench-code');
  core.api.writeNotes(cid, `Notes for ${n}`);
  core.api.finishWrapup(cid);
  for (let i = 0; i < 20 && !commands.includes(`submitWrapup:${cid}`); i += 1) await settle();
  if (!commands.includes(`submitWrapup:${cid}`)) throw new Error(`${cid} was never wrapped up`);
  socket().emit(
    'message',
    snapshotFrame(chatSnapshot(n, { state: 'terminated', wrapup: true, at: t + 11 })),
  );
  await settle();
  commands.length = 0;
}

/** Heap growth between chat 200 and chat 2,000 of one long session. */
async function shiftHeapGrowthMb(chats: number): Promise<{ growthMb: number; seconds: number }> {
  const commands: string[] = [];
  const run = await startBenchCore((name, args) => commands.push(`${name}:${String(args[0])}`));
  const began = performance.now();
  const warm = Math.min(200, Math.floor(chats / 5)); // JIT, caches and pools settle first
  let baseline = 0;
  for (let n = 0; n < chats; n += 1) {
    if (n === warm) baseline = heapMb();
    await oneChat(n, run, commands);
  }
  await settle();
  const growthMb = heapMb() - baseline;
  const state = run.core.store.getState();
  if (state.interactions.ids.length !== 0 || state.outbox.ids.length !== 0) {
    throw new Error('The shift left chats or outbox items behind');
  }
  await run.core.api.stop();
  return { growthMb, seconds: (performance.now() - began) / 1000 };
}

export async function runCoreBenchmarks(): Promise<Record<string, number>> {
  const one = await perEventMicros(1, EVENTS);
  const hundred = await perEventMicros(100, EVENTS);
  const store = await storePathMicros(EVENTS);
  const shift = await shiftHeapGrowthMb(Number(process.env.BENCH_CHATS ?? 2_000));
  const transcripts = await transcriptLoadBenchmarks();
  return {
    'core socket frames/s, parse included (1 chat)': Math.round(1e6 / one),
    'core socket frames/s, parse included (100 chats)': Math.round(1e6 / hundred),
    'core store events/s (parsed snapshots, every saga running; goal >= 150,000)': Math.round(
      1e6 / store,
    ),
    'core µs per event, 1 chat': Number(one.toFixed(2)),
    'core µs per event, 100 chats': Number(hundred.toFixed(2)),
    'core per-event ratio 100/1 chats (goal <= 1.2)': Number((hundred / one).toFixed(2)),
    'core heap growth MB over 2,000-chat shift (goal <= 2)': Number(shift.growthMb.toFixed(2)),
    'core 2,000-chat shift seconds': Number(shift.seconds.toFixed(1)),
    ...transcripts,
  };
}
