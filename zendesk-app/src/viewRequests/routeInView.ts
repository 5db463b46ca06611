// The screen pop opens the customer's user or ticket with ZAF's routeTo, which acts on the
// caller's own Zendesk tab: from the leading background, maybe another tab than the one the
// agent looks at. So the background asks the views: one in the focused tab offers at once,
// one in a visible tab a little later, hidden ones never; the chosen view routes its own tab.
import type { RemoteTransport } from '@acd/shared';
import type { ZafClient } from '../zaf/zafClient';
import { answerViewRequests, createViewRequester, type ViewRequesterOptions } from './viewRequests';

/** The channel of routeTo requests, one per browser, like the ring's. */
export const ROUTE_CHANNEL = 'acd-zendesk-route';
/** A visible but unfocused view waits this long, so a focused one wins. */
const UNFOCUSED_OFFER_MS = 200;

export type RouteTarget = { type: 'user' | 'ticket'; id: string };

const isRouteTarget = (value: unknown): value is RouteTarget =>
  typeof value === 'object' &&
  value !== null &&
  ((value as RouteTarget).type === 'user' || (value as RouteTarget).type === 'ticket') &&
  typeof (value as RouteTarget).id === 'string';

/**
 * The background's side: true when a view opened the record in its tab, or was chosen and is
 * still at it (a busy browser): routing the background's own tab as well would open it twice.
 */
export function createRouteRequester(
  transport: RemoteTransport,
  options: ViewRequesterOptions = {},
): (target: RouteTarget) => Promise<boolean> {
  const ask = createViewRequester(transport, options);
  return async (target) => {
    const answer = await ask(target);
    return answer.done ? answer.worked : answer.chosen;
  };
}

/** A view's side: routes its own tab when it is where the agent looks. Returns the stop. */
export function answerRoutes(
  transport: RemoteTransport,
  { view, client, document }: { view: string; client: ZafClient; document: Document },
): () => void {
  return answerViewRequests(transport, {
    view,
    offerAfterMs: (payload) => {
      if (!isRouteTarget(payload) || document.visibilityState !== 'visible') return null;
      return document.hasFocus() ? 0 : UNFOCUSED_OFFER_MS;
    },
    run: async (payload) => {
      if (!isRouteTarget(payload)) return false;
      await client.invoke('routeTo', payload.type, payload.id);
      return true;
    },
  });
}
