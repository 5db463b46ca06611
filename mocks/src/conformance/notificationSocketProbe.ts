// A `ws` client on a notification channel that keeps every frame until a test takes it.
// The SDK has no socket helper, so this is what an SDK user would write.
import WebSocket from 'ws';

export interface NotificationEnvelope {
  topicName: string;
  version: string;
  eventBody: unknown;
  metadata?: { CorrelationId?: string; type?: string };
}

type Match = (envelope: NotificationEnvelope) => boolean;

interface Waiter {
  match: Match;
  resolve: (envelope: NotificationEnvelope) => void;
}

export class NotificationSocketProbe {
  private readonly unread: NotificationEnvelope[] = [];
  private readonly waiters = new Set<Waiter>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: WebSocket.RawData) => {
      const bytes = Array.isArray(data)
        ? Buffer.concat(data)
        : data instanceof ArrayBuffer
          ? Buffer.from(data)
          : data;
      const text = bytes.toString('utf8');
      this.deliver(JSON.parse(text) as NotificationEnvelope);
    });
  }

  static async open(connectUri: string): Promise<NotificationSocketProbe> {
    const socket = new WebSocket(connectUri);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => {
        resolve();
      });
      socket.once('error', reject);
    });
    return new NotificationSocketProbe(socket);
  }

  send(frame: unknown): void {
    this.socket.send(JSON.stringify(frame));
  }

  /** The first unread envelope that matches, waiting for it if needed. */
  async take(match: Match, timeoutMs = 2000): Promise<NotificationEnvelope> {
    const index = this.unread.findIndex(match);
    if (index >= 0) return this.unread.splice(index, 1)[0] as NotificationEnvelope;
    return new Promise<NotificationEnvelope>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`No matching notification within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (envelope) => {
          clearTimeout(timer);
          resolve(envelope);
        },
      };
      this.waiters.add(waiter);
    });
  }

  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      this.socket.once('close', () => {
        resolve();
      });
      this.socket.close();
    });
  }

  private deliver(envelope: NotificationEnvelope): void {
    for (const waiter of this.waiters) {
      if (waiter.match(envelope)) {
        this.waiters.delete(waiter);
        waiter.resolve(envelope);
        return;
      }
    }
    this.unread.push(envelope);
  }
}

export const onTopic =
  (topicName: string, type?: string): Match =>
  (envelope) =>
    envelope.topicName === topicName && (type === undefined || envelope.metadata?.type === type);
