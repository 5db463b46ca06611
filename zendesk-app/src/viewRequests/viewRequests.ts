// The leading background asks the views of every Zendesk tab to do what only a view can: ring
// (a hidden background frame never gets a user gesture, so its audio stays suspended) or open
// a record where the agent looks (ZAF's routeTo acts on the caller's own tab). Views that can
// offer, sooner or later as they are better placed; the background picks the first offer,
// that view does it and answers whether it worked. No offer in time: the background does
// without. Each kind of request has its own channel. The messages are the ring's as tabs of
// older builds speak them (ring, offer, play, rang), so a tab not yet reloaded after an
// update still rings with the others.
import type { RemoteTransport } from '@acd/shared';

type ViewRequestMessage =
  | { kind: 'ring'; id: string; payload?: unknown }
  | { kind: 'offer'; id: string; view: string }
  | { kind: 'play'; id: string; view: string }
  | { kind: 'rang'; id: string; audible: boolean };

function isViewRequestMessage(value: unknown): value is ViewRequestMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { kind?: unknown; id?: unknown; view?: unknown; audible?: unknown };
  if (typeof message.id !== 'string') return false;
  switch (message.kind) {
    case 'ring':
      return true;
    case 'offer':
    case 'play':
      return typeof message.view === 'string';
    case 'rang':
      return typeof message.audible === 'boolean';
    default:
      return false;
  }
}

/**
 * `done`: the chosen view answered whether it worked. `chosen` (not done): a view was picked
 * but did not answer in time, and may still be doing it.
 */
export type ViewAnswer = { done: true; worked: boolean } | { done: false; chosen: boolean };

export interface ViewRequesterOptions {
  /** How long offers, and then the chosen view's answer, may take. */
  waitMs?: number;
  newId?: () => string;
}

/** The background's side: one view does it with the payload, or none did in time. */
export function createViewRequester(
  transport: RemoteTransport,
  // 1.5 s: frames answer over a BroadcastChannel, which a busy browser can hold up for far
  // longer than the 400 ms first chosen (a ring then fell back to the sticky notice in CI).
  { waitMs = 1_500, newId = () => crypto.randomUUID() }: ViewRequesterOptions = {},
): (payload?: unknown) => Promise<ViewAnswer> {
  return (payload) =>
    new Promise<ViewAnswer>((resolve) => {
      const id = newId();
      let chosen: string | null = null;
      let timer: ReturnType<typeof setTimeout>;
      const finish = (answer: ViewAnswer) => {
        clearTimeout(timer);
        stop();
        resolve(answer);
      };
      const stop = transport.listen((message) => {
        if (!isViewRequestMessage(message) || message.id !== id) return;
        if (message.kind === 'offer' && chosen === null) {
          chosen = message.view;
          transport.send({ kind: 'play', id, view: chosen } satisfies ViewRequestMessage);
          clearTimeout(timer);
          timer = setTimeout(() => finish({ done: false, chosen: true }), waitMs);
        } else if (message.kind === 'rang') {
          finish({ done: true, worked: message.audible });
        }
      });
      timer = setTimeout(() => finish({ done: false, chosen: false }), waitMs);
      transport.send({ kind: 'ring', id, payload } satisfies ViewRequestMessage);
    });
}

export interface ViewAnswerOptions {
  /** This view's instance guid. */
  view: string;
  /** After how many ms this view offers (0: at once, better placed views first); null: never. */
  offerAfterMs: (payload: unknown) => number | null;
  /** Does it when chosen; whether it worked goes back to the background. */
  run: (payload: unknown) => boolean | Promise<boolean>;
}

/** A view's side: offers when it can, does it when chosen. Returns the stop. */
export function answerViewRequests(
  transport: RemoteTransport,
  options: ViewAnswerOptions,
): () => void {
  const asked = new Map<string, unknown>();
  const offers = new Map<string, ReturnType<typeof setTimeout>>();
  const stop = transport.listen((message) => {
    if (!isViewRequestMessage(message)) return;
    if (message.kind === 'ring') {
      const after = options.offerAfterMs(message.payload);
      if (after === null) return;
      asked.set(message.id, message.payload);
      const offer = () => {
        offers.delete(message.id);
        const offered: ViewRequestMessage = { kind: 'offer', id: message.id, view: options.view };
        transport.send(offered);
      };
      offers.set(message.id, setTimeout(offer, after));
      return;
    }
    if (message.kind !== 'play' && message.kind !== 'rang') return;
    // Chosen or not, this view has nothing left to offer for this request.
    clearTimeout(offers.get(message.id));
    offers.delete(message.id);
    const payload = asked.get(message.id);
    const mine = message.kind === 'play' && message.view === options.view && asked.has(message.id);
    asked.delete(message.id);
    if (!mine) return;
    void Promise.resolve()
      .then(() => options.run(payload))
      .catch(() => false)
      .then((audible) => {
        transport.send({ kind: 'rang', id: message.id, audible } satisfies ViewRequestMessage);
      });
  });
  return () => {
    for (const timer of offers.values()) clearTimeout(timer);
    offers.clear();
    stop();
  };
}
