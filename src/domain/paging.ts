import { integer } from './params.ts';

export const DEFAULT_PER_PAGE = 15;
export const MAX_PER_PAGE = 200;

export interface Paging {
  readonly page: number;
  readonly perPage: number;
}

/**
 * IKCRM paging: `page` defaults to 1 and empty, 0 or negative mean 1 (a real client sends page=0);
 * `per_page` defaults to 15, is capped at 200 (the response reports what was served).
 */
export function parsePaging(query: { page?: unknown; per_page?: unknown }): Paging {
  const page = integer('page', query.page);
  const perPage = integer('per_page', query.per_page);
  return {
    page: page === undefined || page < 1 ? 1 : Math.min(page, 1_000_000),
    perPage: perPage === undefined || perPage < 1 ? DEFAULT_PER_PAGE : Math.min(perPage, MAX_PER_PAGE),
  };
}

export function hasNextPage(paging: Paging, total: number): boolean {
  return paging.page * paging.perPage < total;
}

/** The paging fields every IKCRM list carries beside its items. */
export interface PageInfo {
  total_count: number;
  has_next_page: boolean;
  per_page: number;
  page: number;
}

export function pageInfo(paging: Paging, totalCount: number): PageInfo {
  return { total_count: totalCount, has_next_page: hasNextPage(paging, totalCount), per_page: paging.perPage, page: paging.page };
}

export function offsetOf(paging: Paging): number {
  return (paging.page - 1) * paging.perPage;
}
