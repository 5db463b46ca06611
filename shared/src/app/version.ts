// The client's version, as diagnostics report it (kept equal to shared/package.json by a test).
export const CLIENT_VERSION = '0.1.0';
