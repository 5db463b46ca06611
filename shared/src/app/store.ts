// The store with the saga middleware. `makeStore` alone (no sagas) serves reducer and UI
// tests; createAgentCore runs the sagas on it.
import { configureStore } from '@reduxjs/toolkit';
import type { SagaMiddleware } from 'redux-saga';
import { rootReducer, type RootState } from './rootReducer';

export function makeStore(preloadedState?: Partial<RootState>, sagaMiddleware?: SagaMiddleware) {
  return configureStore({
    reducer: rootReducer,
    preloadedState,
    middleware: (getDefault) => {
      // Snapshots are plain JSON; the checks cost more than they catch at event rates.
      const base = getDefault({ serializableCheck: false, immutableCheck: false, thunk: false });
      return sagaMiddleware === undefined ? base : base.concat(sagaMiddleware);
    },
  });
}

export type AppStore = ReturnType<typeof makeStore>;
export type AppDispatch = AppStore['dispatch'];
