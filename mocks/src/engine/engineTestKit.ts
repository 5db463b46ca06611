// A deterministic engine and the few moves every engine test makes.
import { AcdEngine } from './acdEngine';
import { isAgent } from './conversationModel';
import { createSequentialIdSource } from './idSource';
import { SEED_IDS } from './seedData';
import { createManualClock } from './simClock';

export function makeTestEngine() {
  const clock = createManualClock();
  const engine = new AcdEngine({ clock, newId: createSequentialIdSource() });
  const user = (id: string) => engine.context.directory.user(id);
  const goOnQueue = (userId: string) => {
    engine.patchPresence(userId, { presenceDefinition: { systemPresence: 'On Queue' } });
  };
  const startChat = (queueId: string = SEED_IDS.queueSupport, customerName = 'Jo Customer') =>
    engine.startChat({
      queueId,
      customerName,
      customerEmail: 'jo@example.com',
      firstMessage: 'Hello?',
    }).conversationId;
  const startMessaging = (
    queueId: string = SEED_IDS.queueSupport,
    customerName = 'Mo Messenger',
    firstMessage: string | undefined = 'Hi from the messenger',
  ) => engine.startMessaging({ queueId, customerName, firstMessage }).conversationId;
  /** The newest agent leg of a user in a conversation. */
  const agentLeg = (conversationId: string, userId: string) => {
    const legs = engine
      .conversation(conversationId)
      .participants.filter((p) => isAgent(p) && p.userId === userId);
    return legs[legs.length - 1];
  };
  const activeIds = (userId: string) =>
    engine.activeChats(user(userId), {}).entities.map((c) => c.id);
  const activeMessagingIds = (userId: string) =>
    engine.activeMessages(user(userId), {}).entities.map((c) => c.id);
  return {
    engine,
    clock,
    user,
    goOnQueue,
    startChat,
    startMessaging,
    agentLeg,
    activeIds,
    activeMessagingIds,
  };
}
