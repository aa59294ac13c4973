import { describe, expect, it } from 'vitest';
import { parseStatsFilters, statsToQuery, statsToSearch } from './stats-filters.ts';

describe('stats filters in the URL', () => {
  it('defaults to this week by person', () => {
    expect(parseStatsFilters(new URLSearchParams(''))).toEqual({ filters: { date: 'week' }, groupBy: 'user' });
  });
  it('parses group_by and the timeline filters, dropping a bad group_by only', () => {
    expect(parseStatsFilters(new URLSearchParams('date=month&group_by=day&department_id=3&q=%E6%8A%A5%E4%BB%B7'))).toEqual({
      filters: { date: 'month', department_id: 3, q: '报价' },
      groupBy: 'day',
    });
    expect(parseStatsFilters(new URLSearchParams('date=year&group_by=planet'))).toEqual({ filters: { date: 'year' }, groupBy: 'user' });
  });
  it('round-trips to the URL and the API query', () => {
    const stats = { filters: { date: 'quarter' as const, loggable_type: 'customer' as const }, groupBy: 'loggable_type' as const };
    expect(statsToSearch(stats).toString()).toBe('date=quarter&loggable_type=customer&group_by=loggable_type');
    expect(statsToQuery(stats)).toEqual({ date: 'quarter', loggable_type: 'customer', group_by: 'loggable_type' });
  });
});
