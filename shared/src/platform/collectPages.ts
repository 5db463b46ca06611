// Follows the platform's paging links to the last page, so callers get whole lists.
import { PlatformError } from './platformError';
import type { PlatformHttp, ResponseGuard } from './platformHttp';
import { pagedListingOf } from './platformShapes';
import type { QueryParams } from './requestUrl';

export interface PageLink {
  path: string;
  query?: QueryParams;
}

export interface Page<T> {
  items: T[];
  next?: PageLink;
}

/** A bound on pages, so a platform that never stops paging cannot hang the client. */
export const MAX_PAGES = 200;

export async function followPages<T>(
  first: PageLink,
  load: (request: PageLink) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let request: PageLink | undefined = first;
  while (request !== undefined) {
    const key = `${request.path} ${JSON.stringify(request.query ?? {})}`;
    if (seen.has(key) || seen.size >= MAX_PAGES) {
      throw new PlatformError('malformedResponse', `Paging did not end at ${request.path}`);
    }
    seen.add(key);
    const page = await load(request);
    items.push(...page.items);
    // An empty page ends the list whatever its link says.
    request = page.items.length === 0 ? undefined : page.next;
  }
  return items;
}

/**
 * Every entity of a paged listing: follows `nextUri`, or asks for the next page number when
 * the platform gives counts but no link.
 */
export function collectListing<T>(
  http: PlatformHttp,
  path: string,
  query: QueryParams,
  guard: ResponseGuard<T>,
): Promise<T[]> {
  const expect = pagedListingOf(guard);
  return followPages({ path, query }, async (request) => {
    const page = await http.request('GET', request.path, {
      query: request.query,
      idempotent: true,
      expect,
    });
    let next: PageLink | undefined;
    if (page.nextUri !== undefined && page.nextUri !== '') {
      next = { path: page.nextUri };
    } else if (page.pageNumber < page.pageCount) {
      next = { path, query: { ...query, pageNumber: page.pageNumber + 1 } };
    }
    return { items: page.entities, next };
  });
}
