// The leading background asks the views of every Zendesk tab to do what only a view can: ring
// (a hidden background frame never gets a user gesture, so its audio stays suspended) or open
// a record where the agent is looking (ZAF's routeTo acts on the caller's own tab). Views that
// can offer, sooner or later as they are better placed; the background picks the first offer,
// that view does it and answers. No offer in time: the background does without.
import type { RemoteTransport } from '@acd/shared';

type ViewRequestMessage =
  | { kind: 'ask'; topic: string; id: string; payload: unknown }
  | { kind: 'offer'; id: string; view: string }
  | { kind: 'do'; id: string; view: string }
  | { kind: 'done'; id: string; result: unknown };

function isViewRequestMessage(value: unknown): value is ViewRequestMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { kind?: unknown; id?: unknown; topic?: unknown; view?: unknown };
  if (typeof message.id !== 'string') return false;
  switch (message.kind) {
    case 'ask':
      return typeof message.topic === 'string';
    case 'offer':
    case 'do':
      return typeof message.view === 'string';
    case 'done':
      return true;
    default:
      return false;
  }
}

export type ViewAnswer = { done: true; result: unknown } | { done: false };

export interface ViewRequesterOptions {
  /** How long offers, and then the chosen view's answer, may take. */
  waitMs?: number;
  newId?: () => string;
}

/** The background's side: one view does `topic` with the payload, or none did in time. */
export function createViewRequester(
  transport: RemoteTransport,
  topic: string,
  // 1.5 s: frames answer over a BroadcastChannel, which a busy browser can hold up for far
  // longer than the 400 ms first chosen (a ring then fell back to the sticky notice in CI).
  { waitMs = 1_500, newId = () => crypto.randomUUID() }: ViewRequesterOptions = {},
): (payload?: unknown) => Promise<ViewAnswer> {
  return (payload = null) =>
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
          transport.send({ kind: 'do', id, view: chosen } satisfies ViewRequestMessage);
          clearTimeout(timer);
          timer = setTimeout(() => finish({ done: false }), waitMs);
        } else if (message.kind === 'done') {
          finish({ done: true, result: message.result });
        }
      });
      timer = setTimeout(() => finish({ done: false }), waitMs);
      transport.send({ kind: 'ask', topic, id, payload } satisfies ViewRequestMessage);
    });
}

export interface ViewAnswerOptions {
  /** This view's instance guid. */
  view: string;
  /** After how many ms this view offers (0: at once, better placed views first); null: never. */
  offerAfterMs: (payload: unknown) => number | null;
  /** Does it when chosen; what it resolves with goes back to the background. */
  run: (payload: unknown) => unknown;
}

/** A view's side of `topic`: offers when it can, does it when chosen. Returns the stop. */
export function answerViewRequests(
  transport: RemoteTransport,
  topic: string,
  options: ViewAnswerOptions,
): () => void {
  const asked = new Map<string, unknown>();
  const offers = new Map<string, ReturnType<typeof setTimeout>>();
  const stop = transport.listen((message) => {
    if (!isViewRequestMessage(message)) return;
    if (message.kind === 'ask' && message.topic === topic) {
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
    if (message.kind !== 'do' && message.kind !== 'done') return;
    // Chosen or not, this view has nothing left to offer for this request.
    clearTimeout(offers.get(message.id));
    offers.delete(message.id);
    const payload = asked.get(message.id);
    const mine = message.kind === 'do' && message.view === options.view && asked.has(message.id);
    asked.delete(message.id);
    if (!mine) return;
    void Promise.resolve()
      .then(() => options.run(payload))
      .catch(() => false)
      .then((result) => {
        transport.send({ kind: 'done', id: message.id, result } satisfies ViewRequestMessage);
      });
  });
  return () => {
    for (const timer of offers.values()) clearTimeout(timer);
    offers.clear();
    stop();
  };
}
