import { invalidParameter } from './errors.ts';

export const DEFAULT_PER_PAGE = 15;
export const MAX_PER_PAGE = 200;

export interface Paging {
  readonly page: number;
  readonly perPage: number;
}

function integerParam(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return integerParam(name, value[value.length - 1]);
  const text = String(value).trim();
  if (text === '') return undefined;
  if (!/^[+-]?\d+$/.test(text)) throw invalidParameter(name, 'an integer');
  return Number(text);
}

/**
 * IKCRM paging: `page` defaults to 1 and empty, 0 or negative mean 1 (a real client sends page=0);
 * `per_page` defaults to 15, is capped at 200 (the response reports what was served).
 */
export function parsePaging(query: { page?: unknown; per_page?: unknown }): Paging {
  const page = integerParam('page', query.page);
  const perPage = integerParam('per_page', query.per_page);
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

/** `1`, `1,2`, `[1, 2]`, `["1,2", "3"]` → [1, 2, 3]; anything not a positive integer → 100406 naming the parameter. */
export function parseIdList(name: string, value: unknown): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => String(v).split(','));
  const ids: number[] = [];
  for (const part of parts) {
    const text = part.trim();
    if (text === '') continue;
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < 1) throw invalidParameter(name, 'ids');
    ids.push(Number(text));
  }
  return ids.length ? [...new Set(ids)] : undefined;
}

/** The last value when a parameter was sent several times; strings as sent. */
export function singleParam(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return singleParam(value[value.length - 1]);
  if (typeof value === 'object') return undefined;
  return String(value);
}

/** `1`, `true`, `yes` → true; `0`, `false`, `no`, empty → false; undefined stays undefined. */
export function parseFlag(name: string, value: unknown): boolean | undefined {
  const text = singleParam(value)?.trim().toLowerCase();
  if (text === undefined || text === '') return undefined;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw invalidParameter(name, '0, 1');
}
