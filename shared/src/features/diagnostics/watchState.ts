// Records what changed in the state that support asks about: the socket's status and
// reconnect attempts, the outbox (what waits to be confirmed, never its text), notices
// raised (their key, not their words), the session and presence. Reads state, so no saga
// has to remember to log.
import type { RootState } from '../../app/rootReducer';
import type { DiagnosticLog } from './diagnosticLog';

interface Observed {
  connection: string;
  outbox: string;
  session: string;
  noticeIds: readonly string[];
}

function outboxSummary(state: RootState): string {
  return state.outbox.ids
    .map((id) => {
      const item = state.outbox.entities[id];
      return item === undefined
        ? ''
        : `${item.payload.kind}:${item.state}:${String(item.attempts)}${item.uncertain ? '?' : ''}`;
    })
    .join(',');
}

function observe(state: RootState): Observed {
  const c = state.connection;
  return {
    connection: `${c.status}/${String(c.attempt)}`,
    outbox: outboxSummary(state),
    session: `${state.session.status}/${state.session.presence ?? ''}`,
    noticeIds: state.notices.ids,
  };
}

export function watchStateForDiagnostics(
  store: { getState(): RootState; subscribe(listener: () => void): () => void },
  log: DiagnosticLog,
): () => void {
  let lastState = store.getState();
  let last = observe(lastState);
  return store.subscribe(() => {
    const state = store.getState();
    // Chat events change none of these slices: skip building the summaries for them.
    if (
      state.connection === lastState.connection &&
      state.outbox === lastState.outbox &&
      state.session === lastState.session &&
      state.notices === lastState.notices
    ) {
      return;
    }
    lastState = state;
    const now = observe(state);
    if (now.connection !== last.connection) {
      const c = state.connection;
      log.record('socket', `connection ${c.status}`, {
        attempt: c.attempt,
        lastError: c.lastError,
        resyncs: c.resyncs,
        droppedFrames: c.droppedFrames,
      });
    }
    if (now.outbox !== last.outbox) {
      log.record('outbox', `outbox ${String(state.outbox.ids.length)} item(s)`, {
        items: now.outbox === '' ? [] : now.outbox.split(','),
      });
    }
    if (now.session !== last.session) {
      log.record('session', `session ${state.session.status}`, {
        presence: state.session.presence,
      });
    }
    if (now.noticeIds !== last.noticeIds) {
      const before = new Set(last.noticeIds);
      for (const id of now.noticeIds) {
        const notice = state.notices.entities[id];
        if (before.has(id) || notice === undefined) continue;
        log.record('notice', `${notice.kind} ${notice.key}`, { detail: notice.detail });
      }
    }
    last = now;
  });
}
