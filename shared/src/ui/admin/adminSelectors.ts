// Only users holding every wrap-up and queue admin permission see the admin panel.
import type { RootState } from '../../app/rootReducer';
import { ADMIN_PERMISSIONS } from '../../platform/platformTypes';

export const selectIsAdmin = (state: RootState): boolean => {
  const permissions = state.session.user?.permissions;
  if (permissions === undefined) return false;
  return ADMIN_PERMISSIONS.every((p) => permissions.includes(p) || permissions.includes('*'));
};
