// The ring of a Zendesk tab. The background instance runs the core but is a hidden frame the
// agent never clicks, so Chrome keeps its audio suspended; the sidebars and the top bar are
// where the agent interacts. So the background asks its views to ring (viewRequests): views
// with a user gesture offer, the background picks the first offer, that view plays the tone
// and says whether it was audible. No audible ring: the caller falls back to a sticky
// notification.
import type { RemoteTransport } from '@acd/shared';
import {
  answerViewRequests,
  createViewRequester,
  type ViewRequesterOptions,
} from '../viewRequests/viewRequests';

/** One ring channel per browser: the leader's core asks the views of every Zendesk tab. */
export const RING_CHANNEL = 'acd-zendesk-ring';

export type RingRequestOptions = ViewRequesterOptions;

/** The background's side: resolves true when a view rang audibly. */
export function createRingRequester(
  transport: RemoteTransport,
  options: RingRequestOptions = {},
): () => Promise<boolean> {
  const ask = createViewRequester(transport, options);
  return async () => {
    const answer = await ask();
    return answer.done && answer.worked;
  };
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
  return answerViewRequests(transport, {
    view: options.view,
    offerAfterMs: () => (options.canRing() ? 0 : null),
    run: () => options.play(),
  });
}
