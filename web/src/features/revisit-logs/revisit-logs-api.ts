import { useInfiniteQuery } from '@tanstack/react-query';
import { apiGet, type QueryInput } from '../../api/client.ts';
import type { RevisitLogPage } from '../../api/wire.ts';

export const PER_PAGE = 20;

/** Any list of follow-ups (new_index or reminders) as an infinite query keyed by its filters. */
export function useRevisitLogPages(path: '/revisit_logs/new_index' | '/revisit_logs/reminders', query: QueryInput, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['revisit-logs', path, query],
    enabled,
    initialPageParam: 1,
    queryFn: ({ pageParam, signal }) => apiGet<RevisitLogPage>(path, { ...query, page: pageParam, per_page: PER_PAGE }, signal),
    getNextPageParam: (last) => (last.has_next_page ? last.page + 1 : undefined),
  });
}
