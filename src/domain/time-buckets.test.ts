import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { bucketKey, bucketsBetween, localDayNumber, mondayOf, offsetSegments } from './time-buckets.ts';

const ms = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('time buckets', () => {
  it('numbers local days in the zone, not in UTC', () => {
    const sh = 'Asia/Shanghai';
    expect(bucketKey('day', localDayNumber(ms('2026-11-30T00:00', sh), sh))).toBe('2026-11-30');
    expect(bucketKey('day', localDayNumber(ms('2026-11-29T23:59', sh), sh))).toBe('2026-11-29');
  });

  it('keys a week by its Monday and a month by YYYY-MM', () => {
    const sunday = localDayNumber(ms('2026-12-06T12:00', 'UTC'), 'UTC');
    expect(bucketKey('week', mondayOf(sunday))).toBe('2026-11-30');
    expect(bucketKey('week', mondayOf(sunday + 1))).toBe('2026-12-07');
    expect(bucketsBetween('month', sunday - 40, sunday).map((b) => bucketKey('month', b))).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(bucketsBetween('week', sunday - 6, sunday).map((b) => bucketKey('week', b))).toEqual(['2026-11-30']);
  });

  it('finds the exact DST transitions of a zone in a range', () => {
    const ny = 'America/New_York';
    const segments = offsetSegments(ms('2026-01-01T00:00', ny), ms('2027-01-01T00:00', ny), ny);
    expect(segments.map((s) => [new Date(s.from).toISOString(), s.offsetMs / 3_600_000])).toEqual([
      ['2026-01-01T05:00:00.000Z', -5],
      ['2026-03-08T07:00:00.000Z', -4],
      ['2026-11-01T06:00:00.000Z', -5],
    ]);
    expect(offsetSegments(0, 10 * 86_400_000, 'Asia/Shanghai')).toHaveLength(1);
  });
});
