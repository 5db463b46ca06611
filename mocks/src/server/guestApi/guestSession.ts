// One guest's Guest API session on one socket: configureSession binds it to a deployment and a
// session token (the guest's own UUID; the same token later is the same conversation), the
// first onMessage starts the conversation in the deployment's queue, and every agent message
// is pushed back as a StructuredMessage. When the customer's leg ends the guest hears
// SessionExpiredEvent. Bad frames get an error frame; the socket stays open.
import { createHmac, randomBytes } from 'node:crypto';
import type { AcdEngine } from '../../engine/acdEngine';
import { isCustomer, type SimConversation } from '../../engine/conversationModel';
import { SimPlatformError } from '../../engine/platformError';
import {
  event,
  failure,
  parseGuestFrame,
  response,
  structuredMessage,
  type GuestFrame,
} from './guestFrames';
import { RateWindow } from './rateWindow';
import type { AttachmentStore } from './attachmentStore';
import {
  customerMessagingMessage,
  readMessagingText,
} from '../../engine/messaging/messagingCommands';
import type { MessageContent } from '@acd/shared';

/** Frames a session may send: 20 in any 10 seconds (a per-session limit, as the vendor's service has). */
export const GUEST_RATE_LIMIT = 20;
export const GUEST_RATE_WINDOW_MS = 10_000;
/** The customer the agent sees: the Guest API carries no name. */
const GUEST_NAME = 'Web messaging guest';
const JWT_LIFETIME_S = 3600;
const jwtSecret = randomBytes(32);

export class GuestSession {
  private token: string | null = null;
  private deploymentId: string | null = null;
  private conversationId: string | null = null;
  private readonly sent = new Set<string>();
  private expired = false;
  private readonly rate = new RateWindow(GUEST_RATE_LIMIT, GUEST_RATE_WINDOW_MS);
  private unwatch: (() => void) | null = null;

  constructor(
    private readonly engine: AcdEngine,
    private readonly attachments: AttachmentStore,
    /** The deployment the socket was opened for (`?deploymentId=`), if any. */
    private readonly socketDeploymentId: string | null,
    private readonly send: (frame: GuestFrame) => void,
  ) {}

  receive(text: string): void {
    const retryAfter = this.rate.take(this.engine.context.clock.now());
    if (retryAfter !== null) {
      this.send({
        type: 'response',
        class: 'TooManyRequestsErrorMessage',
        code: 429,
        body: { retryAfter, errorMessage: 'Too many frames from this session: wait, then retry' },
      });
      return;
    }
    const frame = parseGuestFrame(text);
    if (typeof frame === 'string') {
      this.send(failure(400, frame));
      return;
    }
    try {
      this.act(frame);
    } catch (error) {
      const status = error instanceof SimPlatformError ? error.status : 500;
      this.send(failure(status, error instanceof Error ? error.message : String(error)));
    }
  }

  /** The socket closed: stop hearing about the conversation. */
  dispose(): void {
    this.unwatch?.();
    this.unwatch = null;
  }

  private act(frame: Record<string, unknown>): void {
    const { action } = frame;
    if (action === 'configureSession') return this.configure(frame);
    if (this.token === null) {
      this.send(failure(400, `Send configureSession before ${String(action)}`));
      return;
    }
    if (frame.token !== this.token) {
      this.send(failure(400, 'The token does not match this session'));
      return;
    }
    switch (action) {
      case 'onMessage':
        return this.onMessage(frame.message);
      case 'onAttachment':
        return this.onAttachment(frame);
      case 'echo':
        return this.echo(frame.message);
      case 'getJwt':
        return this.send(response('JwtResponse', { jwt: this.jwt(), exp: this.expiry() }));
      case 'closeSession':
        this.dispose();
        this.send(response('CloseSessionResponse', { success: true }));
        return;
      default:
        this.send(failure(400, `Unknown action ${String(action)}`));
    }
  }

  private configure(frame: Record<string, unknown>): void {
    const { deploymentId, token } = frame;
    if (typeof deploymentId !== 'string' || deploymentId === '') {
      this.send(failure(400, 'configureSession needs a deploymentId'));
      return;
    }
    if (typeof token !== 'string' || token.trim() === '' || token.length > 200) {
      this.send(
        failure(400, 'configureSession needs a token (the guest session, up to 200 characters)'),
      );
      return;
    }
    const known = this.engine.deployments().some((d) => d.id === deploymentId);
    if (!known || (this.socketDeploymentId !== null && this.socketDeploymentId !== deploymentId)) {
      this.send(failure(400, `Deployment ${deploymentId} is not a deployment of this org`));
      return;
    }
    if (this.token !== null && this.token !== token) {
      this.send(failure(400, 'This socket already has another session'));
      return;
    }
    this.token = token;
    this.deploymentId = deploymentId;
    const earlier = this.conversationByToken();
    if (earlier !== undefined) this.watch(earlier, true);
    this.send(
      response('SessionResponse', {
        connected: true,
        newSession: earlier === undefined,
        readOnly: false,
      }),
    );
  }

  private onMessage(message: unknown): void {
    const input = this.readInbound(message);
    const deployment = this.engine.deployments().find((d) => d.id === this.deploymentId);
    if (deployment === undefined) throw new SimPlatformError(404, 'The deployment is gone');
    // The first message starts the conversation in the deployment's queue; a later one, even
    // after the conversation ended, continues it (routed again).
    const { conversationId } = this.engine.startMessaging({
      queueId: deployment.queueId,
      customerName: GUEST_NAME,
      token: this.token,
    });
    const mine = customerMessagingMessage(this.engine.context, conversationId, input);
    const conversation = this.engine.context.conversations.get(conversationId);
    if (conversation === undefined) return;
    this.expired = false;
    this.watch(conversation, false);
    this.send(structuredMessage(mine));
  }

  private onAttachment(frame: Record<string, unknown>): void {
    const token = this.token ?? '';
    const presigned = this.attachments.announce(token, frame, (attachmentId, downloadUrl) => {
      const timestamp = new Date(this.engine.context.clock.now()).toISOString();
      this.send(event('UploadSuccessEvent', { attachmentId, downloadUrl, timestamp }));
    });
    this.send(response('PresignedUrlResponse', presigned));
  }

  /** onMessage's `message`: text, attachments (uploaded ones, by id), or both. */
  private readInbound(message: unknown): { text: string; content?: MessageContent[] } {
    if (typeof message !== 'object' || message === null) {
      throw new SimPlatformError(400, 'The frame needs a message { type: "Text", text }');
    }
    const { type, text, content } = message as Record<string, unknown>;
    if (type !== 'Text') throw new SimPlatformError(400, 'message.type must be "Text"');
    if (content === undefined) return { text: readMessagingText('message.text', text) };
    if (!Array.isArray(content) || content.length === 0 || content.length > 10) {
      throw new SimPlatformError(400, 'message.content must list 1 to 10 attachments');
    }
    const items: MessageContent[] = content.map((item: unknown) => {
      const { contentType, attachment } = (item ?? {}) as Record<string, unknown>;
      if (contentType !== 'Attachment') {
        throw new SimPlatformError(400, 'message.content items must be Attachment');
      }
      const id = (attachment as { id?: unknown } | undefined)?.id;
      return {
        contentType: 'Attachment',
        attachment: this.attachments.attachmentFor(this.token ?? '', id),
      };
    });
    const words = text === undefined || text === '' ? '' : readMessagingText('message.text', text);
    return { text: words, content: items };
  }

  private echo(message: unknown): void {
    const text = readText(message);
    const now = new Date(this.engine.context.clock.now()).toISOString();
    const id = this.engine.newId();
    this.send(
      event('StructuredMessage', {
        id,
        channel: { time: now, messageId: id },
        type: 'Text',
        text,
        direction: 'Inbound',
        originatingEntity: 'Human',
      }),
    );
  }

  /** Listens for the conversation's changes; a returning guest does not get old replies again. */
  private watch(conversation: SimConversation, returning: boolean): void {
    if (this.conversationId !== conversation.id) {
      this.dispose();
      this.conversationId = conversation.id;
      if (returning) for (const m of conversation.messagingMessages) this.sent.add(m.data.id);
      const watchers = this.engine.context.guestWatchers;
      const listeners = watchers.get(conversation.id) ?? new Set();
      const listener = (c: SimConversation) => this.changed(c);
      listeners.add(listener);
      watchers.set(conversation.id, listeners);
      this.unwatch = () => listeners.delete(listener);
    }
  }

  private changed(conversation: SimConversation): void {
    for (const { data } of conversation.messagingMessages) {
      if (data.direction !== 'outbound' || this.sent.has(data.id)) continue;
      this.sent.add(data.id);
      this.send(structuredMessage(data));
    }
    const customer = conversation.participants.find(isCustomer);
    if (customer !== undefined && customer.state !== 'connected' && !this.expired) {
      this.expired = true;
      this.send(event('SessionExpiredEvent', {}));
    } else if (customer?.state === 'connected') this.expired = false;
  }

  private conversationByToken(): SimConversation | undefined {
    return [...this.engine.context.conversations.values()].find(
      (c) => c.media === 'message' && c.guestToken === this.token,
    );
  }

  private expiry(): number {
    return Math.floor(this.engine.context.clock.now() / 1000) + JWT_LIFETIME_S;
  }

  /** A signed JWT naming the session (the simulator's own secret; nothing verifies it yet). */
  private jwt(): string {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: this.token, deploymentId: this.deploymentId, exp: this.expiry() })}`;
    return `${head}.${createHmac('sha256', jwtSecret).update(head).digest('base64url')}`;
  }
}

/** echo `message: { type: "Text", text }`. */
function readText(message: unknown): string {
  if (typeof message !== 'object' || message === null) {
    throw new SimPlatformError(400, 'The frame needs a message { type: "Text", text }');
  }
  const { type, text } = message as Record<string, unknown>;
  if (type !== 'Text') throw new SimPlatformError(400, 'message.type must be "Text"');
  return readMessagingText('message.text', text);
}
