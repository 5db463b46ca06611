// Notification channels, their topic subscriptions and the sockets attached to them.
// Events published while no socket is attached are lost, as on the real platform: that is
// why the client resyncs after every reconnect.
import {
  HEARTBEAT_INTERVAL_MS,
  type Channel,
  type ChannelTopic,
  type NotificationEnvelope,
} from '@acd/shared';
import type { IdSource } from './idSource';
import type { SimClock, TimerHandle } from './simClock';
import { SimPlatformError, badRequest, notFound } from './platformError';

export interface SocketPeer {
  send(text: string): void;
  /** A polite close (the platform's socket_closing path). */
  close(code: number, reason: string): void;
  /** An abrupt drop, as when the network goes. */
  drop(): void;
}

interface SimChannel {
  id: string;
  userId: string;
  topics: Set<string>;
  expires: number;
  sockets: Set<SocketPeer>;
}

const CHANNEL_LIFETIME_MS = 24 * 60 * 60 * 1000;
const TOPIC_PATTERNS: { pattern: RegExp; owner?: number; conversation?: number }[] = [
  { pattern: /^v2\.users\.([^.]+)\.conversations\.chats$/, owner: 1 },
  { pattern: /^v2\.users\.([^.]+)\.conversations\.messages$/, owner: 1 },
  { pattern: /^v2\.users\.([^.]+)\.conversations\.inbound\.typing\.event$/, owner: 1 },
  { pattern: /^v2\.users\.([^.]+)\.presence$/, owner: 1 },
  { pattern: /^v2\.users\.([^.]+)\.routingStatus$/, owner: 1 },
  { pattern: /^v2\.conversations\.chats\.([^.]+)\.messages$/, conversation: 1 },
];

export class NotificationHub {
  private readonly channels = new Map<string, SimChannel>();
  private heartbeatTimer: TimerHandle | null = null;

  constructor(
    private readonly clock: SimClock,
    private readonly newId: IdSource,
  ) {}

  createChannel(userId: string, socketBaseUrl: string): Channel {
    const id = this.newId();
    const expires = this.clock.now() + CHANNEL_LIFETIME_MS;
    this.channels.set(id, { id, userId, topics: new Set(), expires, sockets: new Set() });
    return {
      id,
      connectUri: `${socketBaseUrl.replace(/\/$/, '')}/channels/${id}`,
      expires: new Date(expires).toISOString(),
    };
  }

  listTopics(userId: string, channelId: string): ChannelTopic[] {
    return [...this.owned(userId, channelId).topics].map((id) => ({ id }));
  }

  /** `mayRead` says whether the user may hear a conversation's messages (participation). */
  setTopics(
    userId: string,
    channelId: string,
    body: unknown,
    replace: boolean,
    mayRead: (conversationId: string) => boolean,
  ): ChannelTopic[] {
    const channel = this.owned(userId, channelId);
    const topics = readTopics(body, userId, mayRead);
    if (replace) channel.topics.clear();
    for (const topic of topics) channel.topics.add(topic);
    return this.listTopics(userId, channelId);
  }

  clearTopics(userId: string, channelId: string): void {
    this.owned(userId, channelId).topics.clear();
  }

  hasChannel(channelId: string): boolean {
    return this.channels.has(channelId);
  }

  /** Attaches a socket; returns the function that detaches it. */
  attach(channelId: string, peer: SocketPeer): (() => void) | null {
    const channel = this.channels.get(channelId);
    if (channel === undefined) return null;
    channel.sockets.add(peer);
    this.ensureHeartbeat();
    return () => {
      channel.sockets.delete(peer);
    };
  }

  /** The answer to a client frame, if any: `{ "message": "ping" }` gets a pong. */
  answer(text: string): string | null {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return null;
    }
    const isPing =
      typeof parsed === 'object' &&
      parsed !== null &&
      (parsed as { message?: unknown }).message === 'ping';
    return isPing ? JSON.stringify(metadataEnvelope('pong')) : null;
  }

  publish(topicName: string, eventBody: unknown, type?: 'message' | 'typing-indicator'): void {
    let text: string | null = null;
    for (const channel of this.channels.values()) {
      if (!channel.topics.has(topicName) || channel.sockets.size === 0) continue;
      if (text === null) {
        const envelope: NotificationEnvelope = {
          topicName,
          version: '2',
          eventBody,
          metadata: { CorrelationId: this.newId(), ...(type === undefined ? {} : { type }) },
        };
        text = JSON.stringify(envelope);
      }
      for (const socket of channel.sockets) socket.send(text);
    }
  }

  openSocketCount(): number {
    let count = 0;
    for (const channel of this.channels.values()) count += channel.sockets.size;
    return count;
  }

  channelCount(): number {
    return this.channels.size;
  }

  /** Drops every open socket once, abruptly. */
  dropAll(): void {
    for (const channel of this.channels.values()) {
      for (const socket of [...channel.sockets]) socket.drop();
      channel.sockets.clear();
    }
  }

  /** Warns every socket with v2.system.socket_closing, then closes it. */
  closeAllPolitely(): void {
    const warning = JSON.stringify({
      topicName: 'v2.system.socket_closing',
      version: '2',
      eventBody: { message: 'Socket closing' },
    });
    for (const channel of this.channels.values()) {
      for (const socket of [...channel.sockets]) {
        socket.send(warning);
        socket.close(1000, 'socket closing');
      }
      channel.sockets.clear();
    }
  }

  dispose(): void {
    this.closeAllPolitely();
    this.channels.clear();
    if (this.heartbeatTimer !== null) this.clock.clearTimer(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  private ensureHeartbeat(): void {
    if (this.heartbeatTimer !== null) return;
    const beat = (): void => {
      this.heartbeatTimer = null;
      const text = JSON.stringify(metadataEnvelope('WebSocket Heartbeat'));
      let any = false;
      for (const channel of this.channels.values()) {
        for (const socket of channel.sockets) {
          socket.send(text);
          any = true;
        }
      }
      if (any) this.heartbeatTimer = this.clock.setTimer(beat, HEARTBEAT_INTERVAL_MS);
    };
    this.heartbeatTimer = this.clock.setTimer(beat, HEARTBEAT_INTERVAL_MS);
  }

  private owned(userId: string, channelId: string): SimChannel {
    const channel = this.channels.get(channelId);
    if (channel === undefined) throw notFound('Channel', channelId);
    if (channel.userId !== userId)
      throw new SimPlatformError(403, 'The channel belongs to another user');
    return channel;
  }
}

function metadataEnvelope(message: string): NotificationEnvelope<{ message: string }> {
  return { topicName: 'channel.metadata', version: '2', eventBody: { message } };
}

function readTopics(
  body: unknown,
  userId: string,
  mayRead: (conversationId: string) => boolean,
): string[] {
  if (!Array.isArray(body)) throw badRequest('The body must be an array of { "id": topic }');
  return body.map((item: unknown) => {
    const id =
      typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') throw badRequest('Every topic needs a string id');
    const known = TOPIC_PATTERNS.find(({ pattern }) => pattern.test(id));
    if (known === undefined) throw badRequest(`Unknown topic ${id}`);
    if (known.owner !== undefined && known.pattern.exec(id)?.[known.owner] !== userId) {
      throw new SimPlatformError(403, `Topic ${id} belongs to another user`);
    }
    const conversationId =
      known.conversation === undefined ? undefined : known.pattern.exec(id)?.[known.conversation];
    if (conversationId !== undefined && !mayRead(conversationId)) {
      throw new SimPlatformError(403, `Topic ${id} is a conversation this user is not part of`);
    }
    return id;
  });
}
