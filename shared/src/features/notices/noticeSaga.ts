// Informational notices ("saved", "nothing was owed") leave by themselves; errors and
// warnings stay until the agent dismisses them, since they ask for something.
import { delay, put, race, select, take } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import { ofType } from '../../app/actionPatterns';
import { isTransient, noticeDismissed, noticeIdentity, noticeRaised } from './noticesSlice';

interface Leaving {
  /** The raise this departure belongs to (raised again meanwhile: a later one). */
  at: number;
  due: number;
}

/** Takes away the notice with this identity, if it is still the raise that was timed. */
function* dismiss(identity: string, at: number) {
  const notices = yield* select((s: RootState) => s.notices);
  const id = notices.ids.find((candidate) => {
    const notice = notices.entities[candidate];
    return notice !== undefined && noticeIdentity(notice) === identity;
  });
  if (id !== undefined && notices.entities[id]?.at === at) yield* put(noticeDismissed({ id }));
}

/**
 * One timer for all of them, set for the soonest to leave. A task and a timer per notice
 * held every notice of the last linger period in memory: a busy agent's wrap-ups and logs.
 */
export function* noticeSaga(deps: Pick<CoreDeps, 'timings' | 'clock'>) {
  const leaving = new Map<string, Leaving>();
  const raised = ofType(noticeRaised);
  for (;;) {
    let soonest = Infinity;
    for (const { due } of leaving.values()) soonest = Math.min(soonest, due);
    const { raise } =
      soonest === Infinity
        ? { raise: yield* take(raised) }
        : yield* race({
            raise: take(raised),
            due: delay(Math.max(0, soonest - deps.clock.now())),
          });
    if (raise !== undefined) {
      const { payload } = raise;
      if (isTransient(payload.kind)) {
        // Raised again: the full linger counts from this raise.
        leaving.set(noticeIdentity(payload), {
          at: payload.at,
          due: deps.clock.now() + deps.timings.noticeLingerMs,
        });
      }
      continue;
    }
    const now = deps.clock.now();
    for (const [identity, { at, due }] of [...leaving]) {
      if (due > now) continue;
      leaving.delete(identity);
      yield* dismiss(identity, at);
    }
  }
}
