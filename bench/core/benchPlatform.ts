// An in-memory platform for the core's benchmarks: every call answers at once, and the
// socket is a plain object whose frames the benchmark pushes synchronously. What is
// measured is the core (parsing, sagas, reducers, selectors), not a network.
import type {
  SocketLike,
  PlatformClient,
  ChatConversation,
  ChatMediaParticipant,
  TranscriptMessage,
  WebChatMessage,
  WrapupCode,
} from '@acd/shared';

export const AGENT_ID = 'bench-agent';
const QUEUE = { id: 'bench-queue', name: 'Bench queue' };
const CODE: WrapupCode = {
  id: 'bench-code',
  name: 'Resolved',
  selfUri: '/api/v2/routing/wrapupcodes/bench',
  division: { id: 'home', name: 'Home' },
  dateCreated: new Date(0).toISOString(),
  createdBy: 'bench',
};

type Listener = (event: { data: unknown }) => void;

export class BenchSocket implements SocketLike {
  readyState = 0;
  private readonly listeners = new Map<string, Listener[]>();
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  send(): void {
    // Pings are answered by the frames the benchmark keeps sending.
  }
  close(): void {
    this.readyState = 3;
  }
  emit(type: 'open' | 'message' | 'close', data?: string): void {
    if (type === 'open') this.readyState = 1;
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

export interface LegState {
  state: ChatMediaParticipant['state'];
  held?: boolean;
  wrapup?: boolean;
  at: number;
}

function participant(
  fields: Partial<ChatMediaParticipant> & Pick<ChatMediaParticipant, 'id' | 'purpose' | 'state'>,
): ChatMediaParticipant {
  return {
    name: '',
    direction: 'inbound',
    held: false,
    startTime: new Date(0).toISOString(),
    attributes: {},
    wrapupRequired: false,
    ...fields,
  };
}

/** The platform's whole-conversation snapshot of chat `n` with the agent's leg in `leg`. */
export function chatSnapshot(n: number, leg: LegState): ChatConversation {
  const id = `chat-${n}`;
  const iso = new Date(leg.at).toISOString();
  return {
    id,
    otherMediaUris: [],
    recentTransfers: [],
    selfUri: `/api/v2/conversations/chats/${id}`,
    participants: [
      participant({
        id: `${id}-customer`,
        purpose: 'customer',
        state: leg.state === 'alerting' || leg.state === 'connected' ? 'connected' : 'disconnected',
        name: `Customer ${n}`,
        address: `customer${n}@example.com`,
        startTime: new Date(leg.at - 60_000).toISOString(),
      }),
      participant({ id: `${id}-acd`, purpose: 'acd', state: 'disconnected', queue: QUEUE }),
      participant({
        id: `${id}-agent`,
        purpose: 'agent',
        state: leg.state,
        held: leg.held ?? false,
        name: 'Bench Agent',
        user: { id: AGENT_ID, name: 'Bench Agent' },
        queue: QUEUE,
        startTime: new Date(leg.at - 30_000).toISOString(),
        startAlertingTime: new Date(leg.at - 30_000).toISOString(),
        connectedTime:
          leg.state === 'alerting' ? undefined : new Date(leg.at - 20_000).toISOString(),
        startHoldTime: leg.held === true ? iso : undefined,
        endTime: leg.state === 'disconnected' || leg.state === 'terminated' ? iso : undefined,
        wrapupRequired: true,
        wrapupPrompt: 'mandatory',
        wrapup: leg.wrapup === true ? { code: CODE.id, name: CODE.name } : undefined,
      }),
    ],
  };
}

export function customerMessage(n: number, seq: number, at: number): WebChatMessage {
  return {
    id: `chat-${n}-m${seq}`,
    conversation: { id: `chat-${n}` },
    sender: { id: `chat-${n}-customer-comm` },
    body: `Message ${seq} from customer ${n}`,
    bodyType: 'standard',
    timestamp: new Date(at).toISOString(),
  };
}

/** A customer's web messaging message, as the bulk call answers it (translated). */
export function messagingCustomerMessage(cid: string, id: string, seq: number): TranscriptMessage {
  return {
    id,
    conversation: { id: cid },
    sender: { id: 'inbound' },
    body: `Messaging line ${seq}`,
    bodyType: 'standard',
    timestamp: new Date(Date.UTC(2026, 10, 28, 7, 0, 0, seq)).toISOString(),
    messaging: { direction: 'inbound', content: [] },
  };
}

export const frame = (topicName: string, eventBody: unknown, type?: string): string =>
  JSON.stringify({
    topicName,
    version: '2',
    eventBody,
    metadata: { CorrelationId: 'bench', ...(type === undefined ? {} : { type }) },
  });

export const snapshotFrame = (snapshot: ChatConversation): string =>
  frame(`v2.users.${AGENT_ID}.conversations.chats`, snapshot);

export const messageFrame = (message: WebChatMessage): string =>
  frame(`v2.conversations.chats.${message.conversation.id}.messages`, message, 'message');

/** Answers every call at once; `onCommand` lets the benchmark play the platform's reaction. */
export function createBenchPlatform(
  onCommand: (name: string, args: unknown[]) => void,
  /** The platform's message history per chat (none by default). */
  history: (conversationId: string) => WebChatMessage[] = () => [],
) {
  let sent = 0;
  const socket = { current: new BenchSocket() };
  const record =
    (name: string) =>
    (...args: unknown[]): Promise<void> => {
      onCommand(name, args);
      return Promise.resolve();
    };
  const platform: PlatformClient = {
    getMe: () =>
      Promise.resolve({
        id: AGENT_ID,
        name: 'Bench Agent',
        email: 'bench@example.com',
        username: 'bench',
        state: 'active',
        selfUri: `/api/v2/users/${AGENT_ID}`,
      }),
    listActiveChats: () => Promise.resolve([]),
    getChat: (cid) => Promise.reject(new Error(`no chat ${cid} in the bench`)),
    getCommunicationId: (cid) => Promise.resolve(`${cid}-agent-comm`),
    listAgentCommunicationIds: (cid) => Promise.resolve([`${cid}-agent-comm`]),
    pickUp: record('pickUp'),
    hold: record('hold'),
    unhold: record('unhold'),
    disconnect: record('disconnect'),
    sendMessage: (cid, _pid, body) => {
      sent += 1;
      onCommand('sendMessage', [cid, body]);
      return Promise.resolve({
        id: `${cid}-agent-${sent}`,
        conversation: { id: cid },
        sender: { id: `${cid}-agent-comm` },
        body,
        bodyType: 'standard',
        timestamp: new Date().toISOString(),
      });
    },
    sendTyping: () => Promise.resolve(),
    markSeen: record('markSeen'),
    listMessages: (cid) => Promise.resolve(history(cid)),
    fetchMessages: (cid, ids) => {
      onCommand('fetchMessages', [cid, ids]);
      return Promise.resolve(ids.map((id, seq) => messagingCustomerMessage(cid, id, seq)));
    },
    transfer: record('transfer'),
    listParticipantWrapupCodes: () => Promise.resolve([CODE]),
    submitWrapup: record('submitWrapup'),
    listWrapupCodes: () =>
      Promise.resolve({ entities: [CODE], pageNumber: 1, pageSize: 25, total: 1, pageCount: 1 }),
    createWrapupCode: () => Promise.resolve(CODE),
    renameWrapupCode: () => Promise.resolve(CODE),
    deleteWrapupCode: () => Promise.resolve(),
    listQueueWrapupCodes: () =>
      Promise.resolve({ entities: [CODE], pageNumber: 1, pageSize: 25, total: 1, pageCount: 1 }),
    assignWrapupCodes: () => Promise.resolve(),
    unassignWrapupCode: () => Promise.resolve(),
    searchUsers: () => Promise.resolve([]),
    searchQueues: () => Promise.resolve([]),
    listMyQueues: () => Promise.resolve([]),
    setPresence: () => Promise.resolve(),
    setRoutingStatus: () => Promise.resolve(),
    createChannel: () =>
      Promise.resolve({ id: 'bench-channel', connectUri: 'ws://bench/channel', expires: '' }),
    subscribe: () => Promise.resolve(),
  };
  const openSocket = () => {
    socket.current = new BenchSocket();
    // Opens on the next turn, as a real socket does.
    const opening = socket.current;
    setTimeout(() => opening.emit('open'), 0);
    return opening;
  };
  return { platform, openSocket, socket };
}
