// What the admin panel's tests build their platform answers and scene from: a page of codes,
// the platform refusing a change (its message in the body, as the UI shows it), an admin.
import { PlatformError } from '../../src/platform/platformError';
import {
  ADMIN_PERMISSIONS,
  type PagedListing,
  type WrapupCode,
} from '../../src/platform/platformTypes';
import { sceneState } from './uiFixtures';

export const codesPage = (
  codes: WrapupCode[],
  pageNumber = 1,
  pageCount = 1,
): PagedListing<WrapupCode> => ({
  entities: codes,
  pageNumber,
  pageCount,
  pageSize: 10,
  total: codes.length,
});

/** The platform refusing a call with `message` (a 409 unless said otherwise). */
export function platformRefusal(message: string, status = 409) {
  return new PlatformError('http', `HTTP ${status}`, {
    status,
    body: {
      message,
      code: 'conflict',
      status,
      messageParams: {},
      contextId: '',
      details: [],
      errors: [],
    },
  });
}

/** A signed-in admin's scene, in `language`. */
export const adminState = (language: 'en' | 'ja' = 'en') =>
  sceneState({
    settings: { language },
    session: {
      user: {
        id: 'admin-casey',
        name: 'Casey',
        email: 'c@example.com',
        permissions: [...ADMIN_PERMISSIONS],
      },
    },
  });
