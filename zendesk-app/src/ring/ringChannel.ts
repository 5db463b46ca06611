// The ring of a Zendesk tab. The background instance runs the core but is a hidden frame the
// agent never clicks, so Chrome keeps its audio suspended; the sidebars and the top bar are
// where the agent interacts. So the background asks its views to ring: views with a user
// gesture offer, the background picks the first offer, that view plays the tone and says
// whether it was audible. No audible ring: the caller falls back to a sticky notification.
import type { RemoteTransport } from '@acd/shared';

type RingMessage =
  | { kind: 'ring'; id: string }
  | { kind: 'offer'; id: string; view: string }
  | { kind: 'play'; id: string; view: string }
  | { kind: 'rang'; id: string; audible: boolean };

function isRingMessage(value: unknown): value is RingMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { kind?: unknown; id?: unknown };
  return (
    typeof message.id === 'string' &&
    (message.kind === 'ring' ||
      message.kind === 'offer' ||
      message.kind === 'play' ||
      message.kind === 'rang')
  );
}

/** One ring channel per browser: the leader's core asks the views of every Zendesk tab. */
export const RING_CHANNEL = 'acd-zendesk-ring';

export interface RingRequestOptions {
  /** How long offers, and then the chosen view's answer, may take. */
  waitMs?: number;
  newId?: () => string;
}

/** The background's side: resolves true when a view rang audibly. */
export function createRingRequester(
  transport: RemoteTransport,
  // 1.5 s: frames answer over a BroadcastChannel, which a busy browser can hold up for far
  // longer than the 400 ms first chosen (a ring then fell back to the sticky notice in CI).
  { waitMs = 1_500, newId = () => crypto.randomUUID() }: RingRequestOptions = {},
): () => Promise<boolean> {
  return () =>
    new Promise<boolean>((resolve) => {
      const id = newId();
      let chosen: string | null = null;
      let timer: ReturnType<typeof setTimeout>;
      const finish = (audible: boolean) => {
        clearTimeout(timer);
        stop();
        resolve(audible);
      };
      const stop = transport.listen((message) => {
        if (!isRingMessage(message) || message.id !== id) return;
        if (message.kind === 'offer' && chosen === null) {
          chosen = message.view;
          transport.send({ kind: 'play', id, view: chosen } satisfies RingMessage);
          clearTimeout(timer);
          timer = setTimeout(() => finish(false), waitMs);
        } else if (message.kind === 'rang') {
          finish(message.audible);
        }
      });
      timer = setTimeout(() => finish(false), waitMs);
      transport.send({ kind: 'ring', id } satisfies RingMessage);
    });
}

export interface RingAnswerOptions {
  /** This view's instance guid. */
  view: string;
  /** Whether this frame may start audio now (it has had a user gesture). */
  canRing: () => boolean;
  /** Plays the tone; true when audible. */
  play: () => boolean;
}

/** A view's side: offers to ring when it can, and rings when chosen. Returns the stop. */
export function answerRings(transport: RemoteTransport, options: RingAnswerOptions): () => void {
  return transport.listen((message) => {
    if (!isRingMessage(message)) return;
    if (message.kind === 'ring' && options.canRing()) {
      transport.send({ kind: 'offer', id: message.id, view: options.view } satisfies RingMessage);
    } else if (message.kind === 'play' && message.view === options.view) {
      transport.send({
        kind: 'rang',
        id: message.id,
        audible: options.play(),
      } satisfies RingMessage);
    }
  });
}
