import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.ts';
import { PERIOD_VALUES, resolvePeriod, type PeriodInput } from '../../src/domain/periods.ts';

const SH = 'Asia/Shanghai';
const at = (iso: string, zone = SH) => DateTime.fromISO(iso, { zone }).toMillis();
const show = (ms: number | undefined, zone = SH) => (ms === undefined ? undefined : DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"));

function period(input: Partial<PeriodInput>, nowIso: string, zone = SH) {
  const r = resolvePeriod({ defaultPeriod: 'today', ...input }, at(nowIso, zone), zone);
  return [show(r.from, zone), show(r.until, zone)];
}

function rejection(fn: () => unknown): { code: number; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return { code: error.kind.code, message: error.localizedMessage('en') };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('resolvePeriod', () => {
  it('defaults to today, in the organization zone, as a half-open day', () => {
    expect(period({}, '2026-11-30T23:59:59')).toEqual(['2026-11-30T00:00', '2026-12-01T00:00']);
    expect(period({ date: 'today' }, '2026-12-01T00:00:00')).toEqual(['2026-12-01T00:00', '2026-12-02T00:00']);
  });

  it('uses the given default when no date is sent (an entity timeline is unbounded)', () => {
    expect(resolvePeriod({ defaultPeriod: 'all' }, at('2026-11-30T10:00'), SH)).toEqual({ from: undefined, until: undefined });
  });

  it('starts weeks on Monday', () => {
    // 2026-11-29 is a Sunday, 2026-11-30 a Monday.
    expect(period({ date: 'week' }, '2026-11-29T23:59:59')).toEqual(['2026-11-23T00:00', '2026-11-30T00:00']);
    expect(period({ date: 'week' }, '2026-11-30T00:00:00')).toEqual(['2026-11-30T00:00', '2026-12-07T00:00']);
    expect(period({ date: 'this_week' }, '2026-11-30T00:00:00')).toEqual(['2026-11-30T00:00', '2026-12-07T00:00']);
    expect(period({ date: 'last_week' }, '2026-11-30T00:00:00')).toEqual(['2026-11-23T00:00', '2026-11-30T00:00']);
  });

  it('handles month, quarter and year edges', () => {
    expect(period({ date: 'month' }, '2026-02-28T23:59')).toEqual(['2026-02-01T00:00', '2026-03-01T00:00']);
    expect(period({ date: 'quarter' }, '2026-09-30T23:59:59')).toEqual(['2026-07-01T00:00', '2026-10-01T00:00']);
    expect(period({ date: 'this_quarter' }, '2026-10-01T00:00')).toEqual(['2026-10-01T00:00', '2027-01-01T00:00']);
    expect(period({ date: 'last_quarter' }, '2026-01-15T09:00')).toEqual(['2025-10-01T00:00', '2026-01-01T00:00']);
    expect(period({ date: 'year' }, '2026-12-31T23:59')).toEqual(['2026-01-01T00:00', '2027-01-01T00:00']);
    expect(period({ date: 'last_year' }, '2026-01-01T00:00')).toEqual(['2025-01-01T00:00', '2026-01-01T00:00']);
    expect(period({ date: 'last_month' }, '2026-03-31T12:00')).toEqual(['2026-02-01T00:00', '2026-03-01T00:00']);
  });

  it('counts today in the rolling presets', () => {
    expect(period({ date: 'yesterday' }, '2026-03-01T08:00')).toEqual(['2026-02-28T00:00', '2026-03-01T00:00']);
    expect(period({ date: 'last_7_days' }, '2026-11-30T08:00')).toEqual(['2026-11-24T00:00', '2026-12-01T00:00']);
    expect(period({ date: 'last_30_days' }, '2026-11-30T08:00')).toEqual(['2026-11-01T00:00', '2026-12-01T00:00']);
  });

  it('takes other as whole days with both ends inclusive and either end open', () => {
    expect(period({ date: 'other', startDate: '2020-09-15', endDate: '2020-12-31' }, '2026-11-30T08:00')).toEqual([
      '2020-09-15T00:00',
      '2021-01-01T00:00',
    ]);
    expect(period({ date: 'other', startDate: '2026-05-05', endDate: '2026-05-05' }, '2026-11-30T08:00')).toEqual([
      '2026-05-05T00:00',
      '2026-05-06T00:00',
    ]);
    expect(period({ date: 'other', startDate: '2026-05-05' }, '2026-11-30T08:00')).toEqual(['2026-05-05T00:00', undefined]);
    expect(period({ date: 'other', endDate: '2026-05-05' }, '2026-11-30T08:00')).toEqual([undefined, '2026-05-06T00:00']);
  });

  it('treats start_date or end_date without date as other', () => {
    expect(period({ startDate: '2026-05-05', endDate: '2026-05-06' }, '2026-11-30T08:00')).toEqual(['2026-05-05T00:00', '2026-05-07T00:00']);
  });

  it('is case-insensitive and accepts every documented value', () => {
    for (const value of PERIOD_VALUES) {
      expect(() => resolvePeriod({ date: value.toUpperCase(), defaultPeriod: 'today' }, at('2026-11-30T08:00'), SH)).not.toThrow();
    }
  });

  it('follows a zone other than Shanghai, across a daylight-saving change', () => {
    const ny = 'America/New_York';
    // 2026-03-08 has 23 hours in New York.
    const r = resolvePeriod({ date: 'today', defaultPeriod: 'today' }, at('2026-03-08T12:00', ny), ny);
    expect(r.until! - r.from!).toBe(23 * 3_600_000);
    expect(period({ date: 'today' }, '2026-11-30T23:30', ny)).toEqual(['2026-11-30T00:00', '2026-12-01T00:00']);
    // 23:30 in New York on the 30th is already Dec 1st in Shanghai: the org zone decides.
    expect(show(resolvePeriod({ defaultPeriod: 'today' }, at('2026-11-30T23:30', ny), ny).from, SH)).toBe('2026-11-30T13:00');
  });

  it('accepts / and - separators and unpadded months and days (C# and Node clients send them)', () => {
    const now = at('2026-11-30T08:00');
    const padded = resolvePeriod({ startDate: '2026-11-30', endDate: '2026-12-01', defaultPeriod: 'today' }, now, SH);
    expect(resolvePeriod({ startDate: '2026/11/30', endDate: '2026/12/1', defaultPeriod: 'today' }, now, SH)).toEqual(padded);
    expect(resolvePeriod({ startDate: '2026-11-30', endDate: '2026-12-1', defaultPeriod: 'today' }, now, SH)).toEqual(padded);
  });

  it('rejects unknown values, malformed dates and reversed ranges with 100406 naming the parameter', () => {
    const now = at('2026-11-30T08:00');
    const unknown = rejection(() => resolvePeriod({ date: 'fortnight', defaultPeriod: 'today' }, now, SH));
    expect(unknown.code).toBe(100406);
    expect(unknown.message).toContain('date');
    expect(unknown.message).toContain('today, week, month, quarter, year, all, other');
    expect(rejection(() => resolvePeriod({ date: 'other', startDate: '2026-13-01', defaultPeriod: 'today' }, now, SH)).message).toContain('start_date');
    expect(rejection(() => resolvePeriod({ date: 'other', endDate: '2026.01.01', defaultPeriod: 'today' }, now, SH)).message).toContain('end_date');
    expect(rejection(() => resolvePeriod({ date: 'other', endDate: '2026/01-01', defaultPeriod: 'today' }, now, SH)).message).toContain('end_date');
    expect(rejection(() => resolvePeriod({ date: 'other', endDate: '0001-01-01', defaultPeriod: 'today' }, now, SH)).message).toContain('end_date');
    expect(rejection(() => resolvePeriod({ date: 'other', startDate: '2026-02-30', defaultPeriod: 'today' }, now, SH)).message).toContain('start_date');
    const reversed = rejection(() => resolvePeriod({ date: 'other', startDate: '2026-05-06', endDate: '2026-05-05', defaultPeriod: 'today' }, now, SH));
    expect(reversed.code).toBe(100406);
    expect(reversed.message).toContain('start_date');
  });
});
