// A full core (every saga running) on the in-memory bench platform.
import {
  createAgentCore,
  systemClock,
  type CrmAdapter,
  createMemoryStorage,
  type WebChatMessage,
} from '@acd/shared';
import { createBenchPlatform } from './benchPlatform';

const quietCrm: CrmAdapter = {
  screenPop: () => Promise.resolve({ kind: 'none' }),
  logInteraction: (log) => Promise.resolve({ recordId: `task-${log.conversationId}` }),
  setAttention: () => undefined,
  currentContext: () => Promise.resolve({}),
};

/** Lets every promise continuation and zero-delay timer run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function startBenchCore(
  onCommand: (name: string, args: unknown[]) => void = () => undefined,
  history?: (conversationId: string) => WebChatMessage[],
) {
  const bench = createBenchPlatform(onCommand, history);
  const core = createAgentCore({
    platform: bench.platform,
    crm: quietCrm,
    storage: createMemoryStorage(),
    clock: systemClock,
    openSocket: bench.openSocket,
    logger: { warn: () => undefined },
  });
  await core.api.start();
  for (let i = 0; i < 100 && core.store.getState().connection.status !== 'connected'; i += 1) {
    await settle();
  }
  if (core.store.getState().connection.status !== 'connected') {
    throw new Error('The bench core did not connect');
  }
  return { core, socket: () => bench.socket.current };
}
