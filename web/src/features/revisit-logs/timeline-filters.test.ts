import { describe, expect, it } from 'vitest';
import { filtersToSearch, parseFilters } from './timeline-filters.ts';

describe('timeline filters in the URL', () => {
  it('defaults to today', () => {
    expect(parseFilters(new URLSearchParams(''))).toEqual({ date: 'today' });
  });
  it('parses typed values and round-trips them', () => {
    const filters = parseFilters(new URLSearchParams('date=other&start_date=2026-11-01&end_date=2026-11-30&department_id=4&loggable_type=customer&loggable_id=12'));
    expect(filters).toEqual({ date: 'other', start_date: '2026-11-01', end_date: '2026-11-30', department_id: 4, loggable_type: 'customer', loggable_id: 12 });
    expect(filtersToSearch(filters).toString()).toBe('date=other&start_date=2026-11-01&end_date=2026-11-30&department_id=4&loggable_type=customer&loggable_id=12');
  });
  it('drops bad values one by one and range dates outside 自定义', () => {
    expect(parseFilters(new URLSearchParams('date=week&start_date=2026-11-01&department_id=x&user_id=-3&loggable_type=pet&loggable_id=5'))).toEqual({ date: 'week' });
    expect(parseFilters(new URLSearchParams('date=bogus&user_id=7'))).toEqual({ date: 'today', user_id: 7 });
  });
});

describe('keywords in the URL', () => {
  it('keeps q trimmed and drops an empty one', () => {
    expect(parseFilters(new URLSearchParams('date=all&q=%20%E6%8A%A5%E4%BB%B7%20'))).toEqual({ date: 'all', q: '报价' });
    expect(parseFilters(new URLSearchParams('date=all&q=%20%20'))).toEqual({ date: 'all' });
    expect(filtersToSearch({ date: 'all', q: '报价 华为' }).toString()).toBe('date=all&q=%E6%8A%A5%E4%BB%B7+%E5%8D%8E%E4%B8%BA');
  });
  it('takes other defaults when asked (the stats page starts with this week)', () => {
    expect(parseFilters(new URLSearchParams('user_id=3'), { date: 'week' })).toEqual({ date: 'week', user_id: 3 });
  });
});
