// The demo customer's side of a web messaging conversation: the Guest API WebSocket of the
// simulator (`/webmessaging/v1?deploymentId=`), as a web messenger on a customer's site uses
// it. The token is this guest's session; the agent's replies arrive as StructuredMessage.

export interface GuestLine {
  id: string;
  direction: 'Inbound' | 'Outbound';
  text: string;
}

interface GuestFrame {
  type: 'response' | 'message';
  class: string;
  code: number;
  body: unknown;
}

export interface GuestMessengerEvents {
  onLine: (line: GuestLine) => void;
  onError: (message: string) => void;
  onExpired: () => void;
}

export class GuestMessenger {
  private readonly socket: WebSocket;
  private readonly ready: Promise<void>;
  readonly token = crypto.randomUUID();

  constructor(simulatorBase: string, deploymentId: string, events: GuestMessengerEvents) {
    const url = new URL('/webmessaging/v1', simulatorBase);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('deploymentId', deploymentId);
    this.socket = new WebSocket(url);
    this.ready = new Promise((resolve, reject) => {
      this.socket.addEventListener('message', (message) => {
        const frame = JSON.parse(String(message.data)) as GuestFrame;
        if (frame.class === 'SessionResponse') resolve();
        else if (frame.class === 'StructuredMessage') {
          const body = frame.body as GuestLine;
          events.onLine({ id: body.id, direction: body.direction, text: body.text });
        } else if (frame.class === 'SessionExpiredEvent') events.onExpired();
        else if (frame.class === 'TooManyRequestsErrorMessage') {
          const { retryAfter } = frame.body as { retryAfter: number };
          events.onError(`Too many messages: try again in ${retryAfter} s`);
        } else if (frame.code >= 400) events.onError(String(frame.body));
      });
      this.socket.addEventListener('open', () => {
        this.frame({ action: 'configureSession', deploymentId, token: this.token });
      });
      this.socket.addEventListener('error', () => {
        reject(new Error('The Guest API socket failed'));
      });
    });
  }

  async say(text: string): Promise<void> {
    await this.ready;
    this.frame({ action: 'onMessage', token: this.token, message: { type: 'Text', text } });
  }

  close(): void {
    if (this.socket.readyState === WebSocket.OPEN) {
      this.frame({ action: 'closeSession', token: this.token });
    }
    this.socket.close();
  }

  private frame(value: unknown): void {
    this.socket.send(JSON.stringify(value));
  }
}
