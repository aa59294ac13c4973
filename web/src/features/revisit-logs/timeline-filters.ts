import { z } from 'zod';
import type { QueryInput } from '../../api/client.ts';

export const PERIODS = ['all', 'today', 'yesterday', 'week', 'last_week', 'month', 'last_month', 'quarter', 'year', 'other'] as const;
export type Period = (typeof PERIODS)[number];
export const ENTITY_TYPES = ['customer', 'lead', 'opportunity', 'contract', 'contact'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.coerce.number().int().positive();

/** Each field parses on its own: a bad value in a shared link drops that filter, never the whole page. */
const fields = {
  date: z.enum(PERIODS),
  start_date: day,
  end_date: day,
  department_id: id,
  user_id: id,
  loggable_type: z.enum(ENTITY_TYPES),
  loggable_id: id,
  // The server checks words and lengths (100406); the URL only needs text.
  q: z.string().trim().min(1).max(1100),
} as const;

export interface TimelineFilters {
  date: Period;
  start_date?: string;
  end_date?: string;
  department_id?: number;
  user_id?: number;
  loggable_type?: EntityType;
  loggable_id?: number;
  /** Keywords (`q=`): every word must occur in the content, the entity's name or the author's name. */
  q?: string;
}

export const DEFAULT_FILTERS: TimelineFilters = { date: 'today' };

export function parseFilters(search: URLSearchParams, defaults: TimelineFilters = DEFAULT_FILTERS): TimelineFilters {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = search.get(key);
    if (raw === null || raw === '') continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
  }
  const filters = { ...defaults, ...out } as TimelineFilters;
  if (filters.date !== 'other') {
    delete filters.start_date;
    delete filters.end_date;
  }
  if (!filters.loggable_type) delete filters.loggable_id;
  return filters;
}

export function filtersToSearch(filters: TimelineFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  return search;
}

/** The API's query for a page: the URL's filters as new_index reads them. */
export function filtersToQuery(filters: TimelineFilters): QueryInput {
  return { ...filters };
}

export function isDefault(filters: TimelineFilters): boolean {
  return filtersToSearch(filters).toString() === filtersToSearch(DEFAULT_FILTERS).toString();
}
