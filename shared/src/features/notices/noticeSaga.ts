// Informational notices ("saved", "nothing was owed") leave by themselves; errors and
// warnings stay until the agent dismisses them, since they ask for something.
import { delay, fork, put, select, take } from 'typed-redux-saga';
import type { CoreDeps } from '../../app/coreDeps';
import type { RootState } from '../../app/rootReducer';
import { isTransient, noticeDismissed, noticeIdentity, noticeRaised } from './noticesSlice';
import { ofType } from '../../app/actionPatterns';

function* leaveLater(lingerMs: number, identity: string, at: number) {
  yield* delay(lingerMs);
  const notices = yield* select((s: RootState) => s.notices);
  const id = notices.ids.find((candidate) => {
    const notice = notices.entities[candidate];
    return notice !== undefined && noticeIdentity(notice) === identity;
  });
  // Raised again meanwhile (a later `at`): that raise's own timer takes it away.
  if (id !== undefined && notices.entities[id]?.at === at) yield* put(noticeDismissed({ id }));
}

export function* noticeSaga(deps: Pick<CoreDeps, 'timings'>) {
  for (;;) {
    const { payload } = yield* take(ofType(noticeRaised));
    if (!isTransient(payload.kind)) continue;
    yield* fork(leaveLater, deps.timings.noticeLingerMs, noticeIdentity(payload), payload.at);
  }
}
