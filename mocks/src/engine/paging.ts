// The platform's paged listing envelope, with the navigation URIs the SDK reads.
import type { PagedListing } from '@acd/shared';
import { badRequest } from './platformError';

export interface PageQuery {
  pageNumber?: number;
  pageSize?: number;
}

export const DEFAULT_PAGE_SIZE = 25;
const MAX_PAGE_SIZE = 500;

export function readPageQuery(params: URLSearchParams): PageQuery {
  const read = (name: string): number | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1)
      throw badRequest(`${name} must be a positive integer`);
    return value;
  };
  return { pageNumber: read('pageNumber'), pageSize: read('pageSize') };
}

export function pageOf<T>(
  items: readonly T[],
  query: PageQuery,
  path: string,
  extraQuery: Record<string, string | undefined> = {},
): PagedListing<T> {
  const pageSize = Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const pageNumber = query.pageNumber ?? 1;
  const total = items.length;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const uri = (page: number): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(extraQuery)) {
      if (value !== undefined) params.set(key, value);
    }
    params.set('pageSize', String(pageSize));
    params.set('pageNumber', String(page));
    return `${path}?${params.toString()}`;
  };
  const listing: PagedListing<T> = {
    entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: uri(1),
    lastUri: uri(pageCount),
    selfUri: uri(pageNumber),
  };
  if (pageNumber < pageCount) listing.nextUri = uri(pageNumber + 1);
  if (pageNumber > 1) listing.previousUri = uri(pageNumber - 1);
  return listing;
}

/** The platform's name filters take `*` as a wildcard; no wildcard means "starts with". */
export function nameMatcher(pattern: string | null | undefined): (name: string) => boolean {
  if (pattern === null || pattern === undefined || pattern === '') return () => true;
  const escaped = pattern
    .toLowerCase()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  const regex = new RegExp(pattern.includes('*') ? `^${escaped}$` : `^${escaped}`, 'u');
  return (name) => regex.test(name.toLowerCase());
}
