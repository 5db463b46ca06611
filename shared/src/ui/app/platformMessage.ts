// The platform's own words for a failed call, shown beside ours ("every failure shows the
// platform's message").
import { isPlatformError } from '../../platform/platformError';

export function platformMessage(error: unknown): string {
  if (isPlatformError(error)) return error.body?.message ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
