// Every handler of the simulator, in match order, for any of the three hosts.
import type { AcdEngine } from '../engine/acdEngine';
import { createNotificationSocketHandler } from './notificationSocketHandler';
import { createOAuthHandlers } from './oauthHandlers';
import { createMessagingHandlers } from './messagingHandlers';
import { createPlatformHandlers } from './platformHandlers';
import { createSimHandlers } from './simHandlers';

export function createHttpHandlers(engine: AcdEngine) {
  return [
    ...createSimHandlers(engine),
    ...createOAuthHandlers(engine),
    // Before the platform's generic GET /conversations/{cid}, which would take "messages".
    ...createMessagingHandlers(engine),
    ...createPlatformHandlers(engine),
  ];
}

export function createSimulatorHandlers(engine: AcdEngine) {
  return [...createHttpHandlers(engine), createNotificationSocketHandler(engine)];
}
