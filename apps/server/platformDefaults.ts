// Shared by the pages and the server, so it imports nothing from Node.

/** The simulator the pages talk to when the URL names no platform (ACD_PORT's default). */
export const DEFAULT_PLATFORM_URL = 'http://127.0.0.1:4010';
