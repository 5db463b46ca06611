// The platform's notification socket, kept alive for the whole session: channel, topics,
// socket; heartbeats answered and watched; on any loss a new channel after a capped,
// jittered backoff; after every (re)connect a resync from the platform's list, so nothing
// that happened during a gap leaves the state wrong.
import type { EventChannel, Task } from 'redux-saga';
import { call, cancel, delay, flush, fork, join, put, race, select, take } from 'typed-redux-saga';
import type { CoreDeps, SocketLike } from '../../app/coreDeps';
import type { ConversationSnapshot } from '../../platform/conversationSnapshot';
import type { RootState } from '../../app/rootReducer';
import { isPlatformError } from '../../platform/platformError';
import { userInboundTypingTopic, userMessagesTopic } from '../../platform/messagingTypes';
import { chatMessagesTopic, userChatsTopic, userPresenceTopic } from '../../platform/platformTypes';
import { presenceChanged, routingStatusChanged } from '../session/sessionSlice';
import { ofType } from '../../app/actionPatterns';
import {
  connected,
  connecting,
  connectionLost,
  frameDropped,
  resyncCompleted,
} from '../connection/connectionSlice';
import { resynced, snapshotReceived, snapshotsReceived } from '../interactions/interactionsSlice';
import { customerTyping, messageArrived } from '../messages/messagesSlice';
import { messageRefsReceived } from '../messaging/messagingEvents';
import { messageTopicsSubscribed } from './notificationEvents';
import { parseNotification, type Notification } from './parseNotification';
import { socketEvents, type SocketEvent } from './socketEvents';

interface Subscribed {
  /** The interactions' id array the topics were made from (entity adapters keep it stable). */
  idsRef: readonly string[];
  ids: ReadonlySet<string>;
}

interface Ending {
  reason: string;
  /** The platform announced the close: reconnect at once, it is not a failure. */
  polite: boolean;
}

const selectIds = (state: RootState) => state.interactions.ids;

/** Delay before reconnect attempt `attempt` (1-based): doubling, capped, then jittered. */
export function reconnectDelayMs(attempt: number, deps: Pick<CoreDeps, 'timings' | 'random'>) {
  const { reconnectBaseMs, reconnectMaxMs } = deps.timings;
  const capped = Math.min(reconnectMaxMs, reconnectBaseMs * 2 ** Math.max(0, attempt - 1));
  // Full spread between half and all of it, so many clients do not return in step.
  return Math.round(capped * (0.5 + deps.random() * 0.5));
}

function describe(error: unknown): string {
  if (isPlatformError(error)) return error.message;
  return error instanceof Error ? error.message : String(error);
}

/** Puts the topics of every current chat on the channel when the set of chats changed. */
function* syncSubscriptions(
  deps: CoreDeps,
  channelId: string,
  userId: string,
  previous: Subscribed | null,
): Generator<unknown, Subscribed, unknown> {
  const idsRef = yield* select(selectIds);
  if (previous !== null && previous.idsRef === idsRef) return previous;
  const ids = new Set(idsRef);
  if (
    previous !== null &&
    ids.size === previous.ids.size &&
    [...ids].every((id) => previous.ids.has(id))
  ) {
    return { idsRef, ids };
  }
  // Messaging conversations have no message topic: their snapshots list the messages.
  const entities = yield* select((s: RootState) => s.interactions.entities);
  const chats = [...ids].filter((id) => entities[id]?.media !== 'message');
  const topics = [
    userChatsTopic(userId),
    userPresenceTopic(userId),
    userMessagesTopic(userId),
    userInboundTypingTopic(userId),
    ...chats.map(chatMessagesTopic),
  ];
  yield* call(deps.platform.subscribe, channelId, topics);
  // After a (re)connect every transcript may have missed messages; otherwise only new chats.
  const fresh = previous === null ? [...ids] : [...ids].filter((id) => !previous.ids.has(id));
  if (fresh.length > 0) yield* put(messageTopicsSubscribed({ conversationIds: fresh }));
  return { idsRef, ids };
}

/** Every notification but a snapshot (a burst's snapshots are applied together). */
function* handleNotification(
  deps: CoreDeps,
  notification: Exclude<Notification, { kind: 'snapshot' }>,
): Generator<unknown, Ending | undefined, unknown> {
  switch (notification.kind) {
    case 'heartbeat':
      return undefined;
    case 'socketClosing':
      return { reason: 'the platform is closing the socket', polite: true } satisfies Ending;
    case 'message':
      yield* put(messageArrived(notification.message));
      return undefined;
    case 'presence':
      yield* put(presenceChanged({ presence: notification.presence }));
      return undefined;
    case 'typing': {
      const { conversationId, senderId } = notification;
      const agents = yield* select(
        (s: RootState) => s.messages.entities[conversationId]?.agentSenderIds,
      );
      if (agents?.includes(senderId) !== true) {
        yield* put(customerTyping({ conversationId, at: deps.clock.now() }));
      }
      return undefined;
    }
    case 'dropped':
      deps.logger.warn(`notification dropped: ${notification.reason}`);
      yield* put(frameDropped());
      return undefined;
  }
}

/** Puts a burst's pending snapshots, in order, as one store update, and empties the list. */
function* putPending(pending: ConversationSnapshot[]) {
  const snapshots = pending.splice(0);
  if (snapshots.length === 1 && snapshots[0] !== undefined) {
    yield* put(snapshotReceived(snapshots[0]));
  } else if (snapshots.length > 1) {
    yield* put(snapshotsReceived(snapshots));
  }
}

/**
 * One burst of socket events, in order. Consecutive snapshots become one store update; any
 * other notification, a web messaging snapshot's message list and the socket's end apply
 * what came before them first, so nothing is reordered.
 */
function* handleBurst(
  deps: CoreDeps,
  burst: readonly SocketEvent[],
  userId: string,
): Generator<unknown, Ending | undefined, unknown> {
  const pending: ConversationSnapshot[] = [];
  for (const event of burst) {
    if (event.kind === 'open') continue;
    if (event.kind === 'closed') {
      yield* putPending(pending);
      return { reason: event.reason, polite: false };
    }
    const notification = parseNotification(event.data, userId);
    if (notification.kind === 'snapshot') {
      const { conversation, messageRefs } = notification;
      pending.push(conversation);
      if (messageRefs === undefined) continue;
      yield* putPending(pending);
      yield* put(messageRefsReceived({ conversationId: conversation.id, refs: messageRefs }));
      continue;
    }
    yield* putPending(pending);
    const ending = yield* handleNotification(deps, notification);
    if (ending !== undefined) return ending;
  }
  yield* putPending(pending);
  return undefined;
}

/**
 * Lets the rest of a burst reach the channel's buffer: frames that arrive in one task (a
 * reconnect's backlog, many chats' events read from one network chunk) are then applied
 * together. A promise, not a timer: it adds no delay and no fake timer can hold it.
 */
const restOfThisTask = () => Promise.resolve();

/** When the platform last said anything on this socket; every frame counts as a beat. */
interface Liveness {
  lastFrameAt: number;
}

/**
 * Watches the heartbeat beside the frames (not per frame: a timer per event would cost more
 * than the event). One silent interval: ping. Two: the socket is dead.
 */
function* watchHeartbeat(
  deps: CoreDeps,
  socket: SocketLike,
  liveness: Liveness,
): Generator<unknown, Ending, unknown> {
  const interval = deps.timings.heartbeatIntervalMs;
  let pinged = false;
  for (;;) {
    yield* delay(interval / 2);
    const silence = deps.clock.now() - liveness.lastFrameAt;
    if (silence < interval) {
      pinged = false;
    } else if (silence >= 2 * interval) {
      return { reason: 'no heartbeat for two intervals', polite: false };
    } else if (!pinged) {
      // A quiet but healthy socket proves itself with a pong.
      socket.send(JSON.stringify({ message: 'ping' }));
      pinged = true;
    }
  }
}

function* readFrames(
  deps: CoreDeps,
  events: EventChannel<SocketEvent>,
  channelId: string,
  userId: string,
  initial: Subscribed,
  liveness: Liveness,
): Generator<unknown, Ending, unknown> {
  let subscribed = initial;
  for (;;) {
    const first = yield* take(events);
    yield* call(restOfThisTask);
    const burst = [first, ...(yield* flush(events))];
    liveness.lastFrameAt = deps.clock.now();
    const ending = yield* handleBurst(deps, burst, userId);
    if (ending !== undefined) return ending;
    subscribed = yield* syncSubscriptions(deps, channelId, userId, subscribed);
  }
}

/** Serves an open, resynced socket until it ends; returns why it ended. */
function* pump(
  deps: CoreDeps,
  events: EventChannel<SocketEvent>,
  socket: SocketLike,
  channelId: string,
  userId: string,
  initial: Subscribed,
): Generator<unknown, Ending, unknown> {
  const liveness: Liveness = { lastFrameAt: deps.clock.now() };
  // typed-redux-saga types a called generator as itself, not as what it returns.
  const { frames, heartbeat } = (yield* race({
    frames: call(readFrames, deps, events, channelId, userId, initial, liveness),
    heartbeat: call(watchHeartbeat, deps, socket, liveness),
  })) as { frames?: Ending; heartbeat?: Ending };
  return frames ?? heartbeat ?? { reason: 'the socket ended', polite: false };
}

/** The chat list asked for at start-up, and the revision the store had when it was asked. */
export type ListAhead = { snapshots: ConversationSnapshot[]; startedAtRevision: number } | null;

/**
 * Asks for the platform's list of chats beside the session, so a cold start
 * shows the agent's chats after one round trip instead of four (channel, socket, topics,
 * list). It is only shown early: the resync after the topics are on the socket is still the
 * one that makes the list right, and it replaces this one. A failure shows nothing early;
 * that resync reports it.
 */
export function* listAhead(deps: CoreDeps): Generator<unknown, ListAhead, unknown> {
  const startedAtRevision = yield* select((s: RootState) => s.interactions.revision);
  try {
    return { snapshots: yield* call(deps.platform.listActiveChats), startedAtRevision };
  } catch {
    return null;
  }
}

/** Shows the early list when it comes (unless the connection's own resync came first). */
function* showListAhead(ahead: Task) {
  const early = (yield* join(ahead)) as ListAhead;
  if (early !== null) yield* put(resynced(early));
}

/**
 * A new notification channel. The first waits, after sign-in, for the page's next idle
 * moment: on a cold start the early list usually comes with the session and the host renders
 * it then, and the channel's request (a preflight and a POST, the platform's and the
 * browser's work on them) would compete with that first render for the machine. (A list
 * slower than the session leaves the page idle while it downloads: the channel goes then.)
 * The socket is up a moment later; nothing is lost, the resync after its topics decides the
 * list. A reconnect asks at once.
 */
function* newChannel(deps: CoreDeps, first: boolean) {
  if (first) yield* call(deps.whenIdle, deps.timings.firstChannelIdleMaxMs);
  return yield* call(deps.platform.createChannel);
}

/**
 * Reads the agent's presence and routing status again: a change made while no socket
 * listened (another client, the platform) sends no event, and the topic only tells what
 * changes from now on. It runs beside the connection and never holds it (a slow or retried
 * read must not keep the chats waiting): any presence change seen before its answer, from
 * the socket or set by this client, is newer, and the answer is dropped. A failure is only
 * logged: the status bar keeps what it showed.
 */
function* resyncPresence(deps: CoreDeps): Generator<unknown, void, unknown> {
  try {
    const { me } = yield* race({
      me: call(deps.platform.getMe),
      changed: take(ofType(presenceChanged)),
    });
    if (me === undefined) return;
    const presence = me.presence?.presenceDefinition.systemPresence;
    const routingStatus = me.routingStatus?.status;
    if (presence !== undefined) yield* put(presenceChanged({ presence }));
    if (routingStatus !== undefined) yield* put(routingStatusChanged({ status: routingStatus }));
  } catch (error) {
    deps.logger.warn(`presence not resynced: ${describe(error)}`);
  }
}

/** One channel and socket from creation to its end. */
function* runConnection(
  deps: CoreDeps,
  userId: string,
  /** The early list still being shown: set for the start's first connection only. */
  earlyList: Task | undefined,
): Generator<unknown, Ending, unknown> {
  let events: EventChannel<SocketEvent> | undefined;
  let presenceRead: Task | undefined;
  try {
    const channel = yield* newChannel(deps, earlyList !== undefined);
    const socket = deps.openSocket(channel.connectUri);
    events = socketEvents(socket);
    const { opened } = yield* race({
      opened: take(events),
      timeout: delay(2 * deps.timings.heartbeatIntervalMs),
    });
    if (opened?.kind !== 'open') {
      return {
        reason: opened?.kind === 'closed' ? opened.reason : 'the socket did not open',
        polite: false,
      };
    }
    // Topics first, then the list: whatever changes after the list is on the socket.
    let subscribed = yield* syncSubscriptions(deps, channel.id, userId, null);
    // An early list still on its way is older than this one: it must land neither after it
    // nor while it is asked for (its chats would then count as newer than this list).
    if (earlyList !== undefined) yield* cancel(earlyList);
    const startedAtRevision = yield* select((s: RootState) => s.interactions.revision);
    // The presence too may have changed while no socket listened.
    presenceRead = yield* fork(resyncPresence, deps);
    const snapshots = yield* call(deps.platform.listActiveChats);
    yield* put(resynced({ snapshots, startedAtRevision }));
    subscribed = yield* syncSubscriptions(deps, channel.id, userId, subscribed);
    yield* put(connected());
    yield* put(resyncCompleted());
    const ending = yield* pump(deps, events, socket, channel.id, userId, subscribed);
    yield* cancel(presenceRead);
    return ending;
  } catch (error) {
    // A read still waiting must not hold the next connection back (this task would wait for
    // it). Not in finally: an effect there, when the core stops, let the reconnect loop run
    // on; a stop cancels the read with this task anyway.
    if (presenceRead !== undefined) yield* cancel(presenceRead);
    return { reason: describe(error), polite: false };
  } finally {
    events?.close();
  }
}

/** `listAsked`: the task asking for the chat list beside the session (listAhead). */
export function* notificationSaga(deps: CoreDeps, listAsked?: Task) {
  const userId = yield* select((s: RootState) => s.session.user?.id);
  if (userId === undefined) return;
  // Only the first connection uses what was asked for at start-up.
  let earlyList = listAsked === undefined ? undefined : yield* fork(showListAhead, listAsked);
  for (;;) {
    yield* put(connecting());
    const ending = yield* runConnection(deps, userId, earlyList);
    // A first connection that ended before its resync: the next connection's list wins. (Not
    // in runConnection's finally: an effect there, when cancelled, let this loop run on.)
    if (earlyList !== undefined) yield* cancel(earlyList);
    earlyList = undefined;
    yield* put(connectionLost({ reason: ending.reason }));
    deps.logger.warn(`notifications lost: ${ending.reason}`);
    const attempt = yield* select((s: RootState) => s.connection.attempt);
    yield* delay(ending.polite ? 0 : reconnectDelayMs(attempt, deps));
  }
}
