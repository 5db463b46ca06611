// Users, queues, presence and routing status: the org the simulator serves (tokens: oauth/).
import {
  ADMIN_PERMISSIONS,
  SYSTEM_PRESENCE_IDS,
  type AcwSettings,
  type Queue,
  type RoutingStatusValue,
  type SystemPresence,
  type User,
} from '@acd/shared';
import type { SeedOrg } from './seedData';
import { SimPlatformError, notFound } from './platformError';

export const HOME_DIVISION = { id: '5a1b2c3d-0000-4000-8000-00000000d1v1', name: 'Home' };
export const CHAT_CAPACITY = 4;

export interface SimUser {
  id: string;
  name: string;
  email: string;
  admin: boolean;
  presence: SystemPresence;
  presenceModified: number;
  routingStatus: RoutingStatusValue;
  routingStatusStart: number;
}

export interface SimQueue {
  id: string;
  name: string;
  acw: AcwSettings;
  alertingTimeoutSeconds: number;
  memberIds: string[];
  /** Assigned wrap-up code ids, in assignment order. */
  codeIds: string[];
}

export class Directory {
  readonly users = new Map<string, SimUser>();
  readonly queues = new Map<string, SimQueue>();

  constructor(seed: SeedOrg, now: number) {
    for (const user of seed.users) {
      this.users.set(user.id, {
        ...user,
        presence: 'Available',
        presenceModified: now,
        routingStatus: 'OFF_QUEUE',
        routingStatusStart: now,
      });
    }
    for (const queue of seed.queues) {
      this.queues.set(queue.id, {
        id: queue.id,
        name: queue.name,
        acw: { wrapupPrompt: queue.wrapupPrompt, timeoutMs: queue.wrapupTimeoutMs },
        alertingTimeoutSeconds: queue.alertingTimeoutSeconds,
        memberIds: [...queue.memberIds],
        codeIds: [...queue.wrapupCodeIds],
      });
    }
  }

  user(id: string): SimUser {
    const user = this.users.get(id);
    if (user === undefined) throw notFound('User', id);
    return user;
  }

  queue(id: string): SimQueue {
    const queue = this.queues.get(id);
    if (queue === undefined) throw notFound('Queue', id);
    return queue;
  }

  permissionsOf(user: SimUser): string[] {
    // Admins here are also supervisors: they may read any conversation (conversationAccess).
    return user.admin ? [...ADMIN_PERMISSIONS, 'conversation:communication:view'] : [];
  }

  requirePermission(user: SimUser, permission: (typeof ADMIN_PERMISSIONS)[number]): void {
    if (!this.permissionsOf(user).includes(permission)) {
      throw new SimPlatformError(403, `Missing permission: ${permission}`);
    }
  }

  queuesOf(userId: string): SimQueue[] {
    return [...this.queues.values()].filter((queue) => queue.memberIds.includes(userId));
  }

  toUserView(user: SimUser, expand: ReadonlySet<string>): User {
    const view: User = {
      id: user.id,
      name: user.name,
      email: user.email,
      username: user.email,
      state: 'active',
      division: HOME_DIVISION,
      selfUri: `/api/v2/users/${user.id}`,
    };
    if (expand.has('presence')) view.presence = this.presenceView(user);
    if (expand.has('routingStatus')) view.routingStatus = this.routingStatusView(user);
    if (expand.has('authorization')) view.authorization = { permissions: this.permissionsOf(user) };
    return view;
  }

  presenceView(user: SimUser): NonNullable<User['presence']> {
    return {
      source: 'PURECLOUD',
      presenceDefinition: {
        id: SYSTEM_PRESENCE_IDS[user.presence],
        systemPresence: user.presence,
        selfUri: `/api/v2/presencedefinitions/${SYSTEM_PRESENCE_IDS[user.presence]}`,
      },
      modifiedDate: new Date(user.presenceModified).toISOString(),
    };
  }

  routingStatusView(user: SimUser): NonNullable<User['routingStatus']> {
    return {
      userId: user.id,
      status: user.routingStatus,
      startTime: new Date(user.routingStatusStart).toISOString(),
    };
  }

  toQueueView(queue: SimQueue): Queue {
    return {
      id: queue.id,
      name: queue.name,
      division: HOME_DIVISION,
      acwSettings: { ...queue.acw },
      mediaSettings: { chat: { alertingTimeoutSeconds: queue.alertingTimeoutSeconds } },
      memberCount: queue.memberIds.length,
      selfUri: `/api/v2/routing/queues/${queue.id}`,
    };
  }
}

export function presenceFromId(id: string): SystemPresence | undefined {
  const entry = Object.entries(SYSTEM_PRESENCE_IDS).find(([, value]) => value === id);
  return entry?.[0] as SystemPresence | undefined;
}
