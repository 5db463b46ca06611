// Every handler of the simulator, in match order, for any of the three hosts.
import type { AcdEngine } from '../engine/acdEngine';
import { createNotificationSocketHandler } from './notificationSocketHandler';
import { createOAuthHandlers } from './oauthHandlers';
import { createPlatformHandlers } from './platformHandlers';
import { createSimHandlers } from './simHandlers';

export function createHttpHandlers(engine: AcdEngine) {
  return [
    ...createSimHandlers(engine),
    ...createOAuthHandlers(engine),
    ...createPlatformHandlers(engine),
  ];
}

export function createSimulatorHandlers(engine: AcdEngine) {
  return [...createHttpHandlers(engine), createNotificationSocketHandler(engine)];
}
