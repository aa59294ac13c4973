import { z } from 'zod';
import type { QueryInput } from '../../api/client.ts';
import { filtersToQuery, filtersToSearch, parseFilters, type TimelineFilters } from '../revisit-logs/timeline-filters.ts';

/** The server's `group_by` values, in the order the switch shows them. */
export const GROUP_BYS = ['user', 'department', 'day', 'week', 'month', 'category', 'loggable_type'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export const TIME_GROUPS: readonly GroupBy[] = ['day', 'week', 'month'];

export interface StatsFilters {
  filters: TimelineFilters;
  groupBy: GroupBy;
}

// "Who followed up how much this week" is the manager's first question: the page opens on this week, by person.
export const STATS_DEFAULTS: TimelineFilters = { date: 'week' };
const groupBy = z.enum(GROUP_BYS).catch('user');

/** The timeline's filters (parsed the same way, field by field) plus `group_by`. */
export function parseStatsFilters(search: URLSearchParams): StatsFilters {
  return { filters: parseFilters(search, STATS_DEFAULTS), groupBy: groupBy.parse(search.get('group_by') ?? undefined) };
}

export function statsToSearch({ filters, groupBy: by }: StatsFilters): URLSearchParams {
  const search = filtersToSearch(filters);
  search.set('group_by', by);
  return search;
}

export function statsToQuery({ filters, groupBy: by }: StatsFilters): QueryInput {
  return { ...filtersToQuery(filters), group_by: by };
}
