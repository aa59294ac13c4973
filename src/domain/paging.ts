import { invalidParameter } from './errors.ts';

export const DEFAULT_PER_PAGE = 15;
export const MAX_PER_PAGE = 200;

export interface Paging {
  readonly page: number;
  readonly perPage: number;
}

function integerParam(name: string, value: unknown, fallback: number): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === null) return fallback;
  const text = String(raw).trim();
  if (text === '') return fallback;
  if (!/^-?\d+$/.test(text)) throw invalidParameter(name, 'an integer');
  return Number(text);
}

/**
 * `page` and `per_page` as IKCRM clients send them: `page=0` (one client does) and negatives mean page 1;
 * `per_page` above the maximum is served at the maximum, and the list reports the size it used so clients
 * that compute page counts from `data.per_page` stay right (COMPAT.md).
 */
export function parsePaging(query: { page?: unknown; per_page?: unknown }): Paging {
  const page = Math.max(1, integerParam('page', query.page, 1));
  const asked = integerParam('per_page', query.per_page, DEFAULT_PER_PAGE);
  const perPage = asked <= 0 ? DEFAULT_PER_PAGE : Math.min(asked, MAX_PER_PAGE);
  return { page, perPage };
}

export interface PageInfo {
  total_count: number;
  has_next_page: boolean;
  per_page: number;
  page: number;
}

export function pageInfo(paging: Paging, totalCount: number): PageInfo {
  return {
    total_count: totalCount,
    has_next_page: paging.page * paging.perPage < totalCount,
    per_page: paging.perPage,
    page: paging.page,
  };
}

export function offsetOf(paging: Paging): number {
  return (paging.page - 1) * paging.perPage;
}
