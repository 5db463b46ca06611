// The reads every start-up makes, named once: the platform clients send them, and the head
// start (headStart.ts) sends the very same URLs before the client's code has loaded, so the
// client can take those answers instead of asking again.
import type { QueryParams } from './requestUrl';

export interface PlatformRead {
  path: string;
  query: QueryParams;
}

/** Who is signed in, with what they may do and their presence and routing status. */
export const ME_READ: PlatformRead = {
  path: '/api/v2/users/me',
  query: { expand: 'presence,routingStatus,authorization' },
};

/** The first page of the agent's active chats (ACD chat). */
export const CHATS_LIST_READ: PlatformRead = { path: '/api/v2/conversations/chats', query: {} };

/** The first page of the agent's active web messaging conversations. */
export const MESSAGING_LIST_READ: PlatformRead = {
  path: '/api/v2/conversations/messages',
  query: {},
};

/** The session first: everything else waits for it. */
export const START_UP_READS: readonly PlatformRead[] = [
  ME_READ,
  CHATS_LIST_READ,
  MESSAGING_LIST_READ,
];
