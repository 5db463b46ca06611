// The CRM side of a chat: the customer's record pops when the agent picks the chat up,
// and the CRM shows how many chats alert and how many messages wait (attention).
import { delay, fork, put, select, take } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { callCrm } from '../../app/crmCall';
import type { RootState } from '../../app/rootReducer';
import type { Attention } from '../../ports/crmAdapter';
import { selectAlertingIds } from '../interactions/interactionSelectors';
import type { ChatChangeHandler } from '../interactions/everyChatChange';
import { selectTotalUnread } from '../messages/messageSelectors';
import { noticeRaised } from '../notices/noticesSlice';
import { screenPopFinished, screenPopStarted } from './crmSlice';

function* screenPop(deps: CoreDeps, conversationId: string) {
  const interaction = yield* select((s: RootState) => s.interactions.entities[conversationId]);
  if (interaction === undefined) return;
  yield* put(screenPopStarted({ conversationId }));
  try {
    // A search that never answers fails like any other, so the pop does not stay "searching".
    const result = yield* callCrm(deps, deps.crm.screenPop, {
      conversationId,
      name: interaction.customer.name,
      email: interaction.customer.email,
    });
    const records =
      result.kind === 'opened' ? [result.record] : result.kind === 'choose' ? result.records : [];
    const status = result.kind === 'noCrm' ? 'none' : result.kind;
    yield* put(screenPopFinished({ conversationId, status, records }));
    if (result.kind === 'none') {
      yield* put(
        noticeRaised({
          kind: 'info',
          key: 'notice.screenPopNone',
          conversationId,
          params: { customer: interaction.customer.name },
        }),
      );
    }
  } catch (error) {
    deps.logger.warn(`screen pop for ${conversationId} failed`, error);
    yield* put(screenPopFinished({ conversationId, status: 'failed', records: [] }));
    yield* put(
      noticeRaised({
        kind: 'warning',
        key: 'notice.screenPopFailed',
        conversationId,
        detail: error instanceof Error ? error.message : String(error),
      }),
    );
  }
}

/** Pops each chat once, when this agent first has it connected (run by everyChatChange). */
export function popPickedUpChats(deps: CoreDeps): ChatChangeHandler {
  return function* popConnected({ state, ids }) {
    for (const id of ids) {
      const interaction = state.interactions.entities[id];
      if (interaction?.state !== 'connected' || state.crm.entities[id] !== undefined) continue;
      yield* fork(screenPop, deps, id);
    }
  };
}

export function attentionOf(state: RootState): Attention {
  const alerting = selectAlertingIds(state).length;
  return {
    alerting,
    unread: selectTotalUnread(state),
    ring: state.settings.ringing && alerting > 0,
  };
}

/** A burst of events becomes one update: the CRM needs the counts, not every step. */
const ATTENTION_COALESCE_MS = 50;
const ATTENTION_PREFIXES = ['interactions/', 'messages/', 'settings/'];
const movesAttention = (action: { type: string }) =>
  ATTENTION_PREFIXES.some((prefix) => action.type.startsWith(prefix));

/** Tells the CRM whenever the counts (or whether to ring) change. */
function* watchAttention(deps: CoreDeps) {
  let last = '';
  for (;;) {
    const attention = yield* select(attentionOf);
    const key = `${attention.alerting}/${attention.unread}/${attention.ring}`;
    if (key !== last) {
      last = key;
      try {
        deps.crm.setAttention(attention);
      } catch (error) {
        deps.logger.warn('the CRM refused the attention update', error);
      }
    }
    yield* take(movesAttention);
    yield* delay(ATTENTION_COALESCE_MS);
  }
}

export function* crmSagas(deps: CoreDeps) {
  yield* fork(watchAttention, deps);
}
