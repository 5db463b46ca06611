// One wrap-up panel at a time, the oldest open first, so its name "Wrap-up" is unique.
import { createSelector } from '@reduxjs/toolkit';
import { useAppSelector } from '../../app/hooks';
import type { RootState } from '../../app/rootReducer';
import { WrapupPanel } from './WrapupPanel';

const selectShownWrapupId = createSelector(
  [
    (s: RootState) => s.wrapup.ids,
    (s: RootState) => s.wrapup.entities,
    (s: RootState) => s.interactions.entities,
  ],
  (ids, forms, interactions) =>
    ids.find((id) => forms[id]?.panelOpen === true && interactions[id] !== undefined) ?? null,
);

export function WrapupPanels() {
  const id = useAppSelector(selectShownWrapupId);
  return id === null ? null : <WrapupPanel key={id} conversationId={id} />;
}
