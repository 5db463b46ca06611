// Absolute request URLs from the base URL and an API path or a paging link from the platform.
import { PlatformError } from './platformError';

export type QueryParams = Record<string, string | number | boolean | undefined>;

/**
 * `path` is an API path (`/api/v2/...`, possibly with a query) or an absolute link the
 * platform handed out. Links to another origin are refused: the bearer token goes only to
 * the platform.
 */
export function requestUrl(base: URL, path: string, query?: QueryParams): URL {
  let url: URL;
  if (/^https?:\/\//i.test(path)) {
    url = new URL(path);
  } else if (path.startsWith('/')) {
    url = new URL(base.href.replace(/\/+$/, '') + path);
  } else {
    throw new PlatformError('malformedResponse', `Not an API path: ${path}`);
  }
  if (url.origin !== base.origin) {
    throw new PlatformError(
      'malformedResponse',
      `Refusing a link to another origin: ${url.origin}`,
    );
  }
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}

/** An API path whose interpolated ids are URL-encoded: apiPath`/api/v2/users/${id}`. */
export function apiPath(parts: TemplateStringsArray, ...ids: string[]): string {
  return parts.reduce((path, part, index) => {
    const id = index === 0 ? '' : encodeURIComponent(ids[index - 1] ?? '');
    return path + id + part;
  }, '');
}
