// Pick up, disconnect, transfer, hold: one request per click (a pending flag guards each
// conversation), and a notice that says why when the platform refuses.
import type { PayloadAction } from '@reduxjs/toolkit';
import { call, put, select, takeEvery } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import { noticeFromError, statusOf } from '../../app/noticeFromError';
import type { RootState } from '../../app/rootReducer';
import { noticeRaised } from '../notices/noticesSlice';
import { wrapupOpened } from '../wrapup/wrapupSlice';
import { selectPickUpBlocked } from '../wrapup/wrapupSelectors';
import {
  disconnectRequested,
  holdRequested,
  pickUpRequested,
  transferRequested,
  unholdRequested,
} from './interactionCommands';
import {
  commandFinished,
  commandStarted,
  type PendingCommand,
  type TrackedInteraction,
} from './interactionsSlice';
import { ofType } from '../../app/actionPatterns';

type Command = (
  deps: CoreDeps,
  interaction: TrackedInteraction,
) => Generator<unknown, void, unknown>;

/** Runs `command` unless one is already running for that conversation. */
function guarded(deps: CoreDeps, name: PendingCommand, command: Command) {
  return function* run(action: PayloadAction<{ conversationId: string }>) {
    const { conversationId } = action.payload;
    const state = yield* select((s: RootState) => s.interactions);
    const interaction = state.entities[conversationId];
    if (interaction === undefined || state.pending[conversationId] !== undefined) return;
    yield* put(commandStarted({ conversationId, command: name }));
    try {
      yield* command(deps, interaction);
    } finally {
      yield* put(commandFinished({ conversationId }));
    }
  };
}

function* pickUp(deps: CoreDeps, interaction: TrackedInteraction) {
  if (interaction.state !== 'alerting') return;
  if (yield* select(selectPickUpBlocked)) {
    // Rule 11: finish every wrap-up first (the platform routes nothing new meanwhile).
    yield* put(
      noticeRaised({
        kind: 'warning',
        key: 'notice.pickUpBlockedByWrapup',
        conversationId: interaction.id,
      }),
    );
    return;
  }
  try {
    yield* call(deps.platform.pickUp, interaction.id, interaction.participantId);
  } catch (error) {
    const key = statusOf(error) === 409 ? 'notice.pickUpConflict' : 'notice.pickUpFailed';
    yield* put(
      noticeFromError(error, key, interaction.id, { customer: interaction.customer.name }),
    );
    return;
  }
  // Rule 6: while another chat is shown in the window, the newly picked one waits held
  // (a chat only: web messaging has no hold).
  const selectedId = yield* select((s: RootState) => s.interactions.selectedId);
  if (selectedId !== null && selectedId !== interaction.id && interaction.media === 'chat') {
    try {
      yield* call(deps.platform.hold, interaction.id, interaction.participantId);
    } catch (error) {
      yield* put(noticeFromError(error, 'notice.holdFailed', interaction.id));
    }
  }
}

function* disconnect(deps: CoreDeps, interaction: TrackedInteraction) {
  if (interaction.state !== 'connected' && interaction.state !== 'alerting') return;
  try {
    yield* call(deps.platform.disconnect, interaction.id, interaction.participantId);
  } catch (error) {
    yield* put(noticeFromError(error, 'notice.disconnectFailed', interaction.id));
    return;
  }
  // Rule 8: ending a connected chat opens its wrap-up at once.
  if (interaction.state === 'connected' && interaction.wrapupPrompt !== undefined) {
    yield* put(wrapupOpened({ conversationId: interaction.id }));
  }
}

function transfer(
  targetName: string,
  target: Parameters<CoreDeps['platform']['transfer']>[2],
): Command {
  return function* run(deps, interaction) {
    if (interaction.state !== 'connected') return;
    try {
      yield* call(deps.platform.transfer, interaction.id, interaction.participantId, target);
      yield* put(
        noticeRaised({
          kind: 'success',
          key: 'notice.transferred',
          params: { target: targetName },
        }),
      );
    } catch (error) {
      yield* put(
        noticeFromError(error, 'notice.transferFailed', interaction.id, { target: targetName }),
      );
    }
  };
}

function holdTo(held: boolean): Command {
  return function* run(deps, interaction) {
    // Web messaging has no hold (rule 6 is for chats only).
    if (interaction.state !== 'connected' || interaction.held === held) return;
    if (interaction.media !== 'chat') return;
    try {
      yield* call(
        held ? deps.platform.hold : deps.platform.unhold,
        interaction.id,
        interaction.participantId,
      );
    } catch (error) {
      yield* put(
        noticeFromError(error, held ? 'notice.holdFailed' : 'notice.unholdFailed', interaction.id),
      );
    }
  };
}

export function* interactionCommandSagas(deps: CoreDeps) {
  yield* takeEvery(ofType(pickUpRequested), guarded(deps, 'pickUp', pickUp));
  yield* takeEvery(ofType(disconnectRequested), guarded(deps, 'disconnect', disconnect));
  yield* takeEvery(ofType(holdRequested), guarded(deps, 'hold', holdTo(true)));
  yield* takeEvery(ofType(unholdRequested), guarded(deps, 'unhold', holdTo(false)));
  yield* takeEvery(ofType(transferRequested), function* onTransfer(action) {
    yield* guarded(
      deps,
      'transfer',
      transfer(action.payload.targetName, action.payload.target),
    )(action);
  });
}
