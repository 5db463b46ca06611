// The Content-Security-Policy the pages are served with: scripts from the page's own origin
// only, connections only to the platform origins the deployment allows (and their sockets),
// and the frame ancestors each page needs. docs/content-security-policy.md gives the same
// values for static hosts.

export interface CspOptions {
  /** Platform API origins the pages may talk to (http(s)://host:port). */
  platformOrigins: readonly string[];
  /** Who may frame the page: `'none'`, `'self'` or origins. */
  frameAncestors: readonly string[];
  /**
   * Vite's development server injects <style> elements for CSS imports; the built pages
   * link their CSS as files and need no inline styles.
   */
  inlineStyles?: boolean;
}

/** The notification socket of a platform origin: ws(s) on the same host and port. */
export function socketOriginOf(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
}

export function contentSecurityPolicy(options: CspOptions): string {
  const connect = ["'self'"];
  for (const origin of options.platformOrigins) connect.push(origin, socketOriginOf(origin));
  const directives: [string, string[]][] = [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', options.inlineStyles === true ? ["'self'", "'unsafe-inline'"] : ["'self'"]],
    // SLDS draws some backgrounds with data: SVGs; its icon sprites are same-origin files.
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['media-src', ["'self'"]],
    ['connect-src', connect],
    ['frame-src', ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['object-src', ["'none'"]],
    ['frame-ancestors', [...options.frameAncestors]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/** The frame ancestors of each page: the demo is top-level; the demo frames the standalone page. */
export function frameAncestorsFor(pathname: string, extra: readonly string[] = []): string[] {
  if (pathname.startsWith('/standalone')) return ["'self'", ...extra];
  return ["'none'"];
}

/** Comma-separated http(s) origins from the environment, normalised; a bad one is an error. */
export function readOriginList(raw: string | undefined, what: string): string[] {
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`${what}: "${value}" is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(`${what}: "${value}" must be http(s)`);
    }
    return url.origin;
  });
}
