// The platform's limits on what a request may carry, in one place for the handlers, the
// engine and the loopback server.
import { MAX_MESSAGE_LENGTH } from '@acd/shared';

/** Request bodies above this are refused with 413 before they are read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Names (customers, wrap-up codes) and e-mail addresses. */
export const MAX_NAME_LENGTH = 256;
export const MAX_EMAIL_LENGTH = 256;
export { MAX_MESSAGE_LENGTH };
/** POST /api/v2/users/search pages. */
export const MAX_SEARCH_PAGE_SIZE = 100;
/** /sim/faults: a delay longer than any client timeout only hangs the tests that ask for it. */
export const MAX_FAULT_LATENCY_MS = 60_000;
export const MAX_FAULT_COUNT = 1_000;
export const MAX_RETRY_AFTER_SECONDS = 3_600;
