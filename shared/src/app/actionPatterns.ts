// Saga patterns that cost one string comparison. Every dispatch is offered to every waiting
// taker: redux-saga turns an action-creator pattern into its type string (String(creator))
// on each offer, and an array pattern into fresh matchers on each offer; RTK's `match`
// first checks for a plain object. At a busy agent's event rate that was a tenth of the
// core's time, so the sagas name what they wait for through these.
import type { Action } from '@reduxjs/toolkit';

interface ActionCreatorLike<A extends Action> {
  readonly type: string;
  match(action: unknown): action is A;
}

type Matched<C> = C extends ActionCreatorLike<infer A> ? A : never;

/** True for the creator's action (a type guard, so `take` and `takeEvery` keep its type). */
export function ofType<A extends Action>(creator: ActionCreatorLike<A>) {
  const { type } = creator;
  return (action: Action): action is A => action.type === type;
}

/** True for any of the creators' actions. */
export function ofTypes<C extends readonly ActionCreatorLike<Action>[]>(...creators: C) {
  const types = new Set(creators.map((creator) => creator.type));
  return (action: Action): action is Matched<C[number]> => types.has(action.type);
}
