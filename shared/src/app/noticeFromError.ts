// A failed platform call becomes a notice the UI can explain: our message key plus the
// platform's own message when it sent one.
import { isPlatformError } from '../platform/platformError';
import { noticeRaised } from '../features/notices/noticesSlice';

export function noticeFromError(
  error: unknown,
  key: string,
  conversationId?: string,
  params: Record<string, string | number> = {},
) {
  const detail = isPlatformError(error) ? (error.body?.message ?? error.message) : String(error);
  return noticeRaised({ kind: 'error', key, detail, conversationId, params });
}

/** The HTTP status of a failed platform call, if the platform answered. */
export function statusOf(error: unknown): number | undefined {
  return isPlatformError(error) ? error.status : undefined;
}
