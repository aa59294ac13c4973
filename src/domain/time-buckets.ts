import { DateTime } from 'luxon';

/**
 * Grouping instants by the organization's calendar without time-zone support in the database (SQLite has
 * none): the zone's UTC offset is constant between transitions, so on each segment the local day number is
 * `floor((t + offset) / 1 day)`. The caller turns the segments into SQL; everything here is pure.
 */
export const DAY_MS = 86_400_000;

export type TimeUnit = 'day' | 'week' | 'month';

/** From `from` (inclusive) on, until the next segment, the zone is `offsetMs` ahead of UTC. */
export interface OffsetSegment {
  readonly from: number;
  readonly offsetMs: number;
}

const offsetAt = (t: number, zone: string) => DateTime.fromMillis(t, { zone }).offset * 60_000;

/** The offset segments covering [from, until): the first starts at `from`, later ones at each transition. */
export function offsetSegments(from: number, until: number, zone: string): OffsetSegment[] {
  const segments: OffsetSegment[] = [{ from, offsetMs: offsetAt(from, zone) }];
  // Transitions are at least weeks apart: probing daily and bisecting each change finds every one.
  for (let t = from; t < until; ) {
    const next = Math.min(t + DAY_MS, until);
    const current = segments[segments.length - 1]!.offsetMs;
    if (offsetAt(next, zone) !== current) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid, zone) === current) lo = mid;
        else hi = mid;
      }
      segments.push({ from: hi, offsetMs: offsetAt(hi, zone) });
    }
    t = next;
  }
  return segments;
}

/** The local calendar day of an instant, as days since 1970-01-01 (what the SQL expression computes). */
export function localDayNumber(t: number, zone: string): number {
  return Math.floor((t + offsetAt(t, zone)) / DAY_MS);
}

/** Day number of the Monday of a day's week (1970-01-01 was a Thursday). */
export function mondayOf(day: number): number {
  return day - ((day + 3) % 7);
}

export function dayText(day: number): string {
  return DateTime.fromMillis(day * DAY_MS, { zone: 'UTC' }).toFormat('yyyy-MM-dd');
}

export function monthText(day: number): string {
  return DateTime.fromMillis(day * DAY_MS, { zone: 'UTC' }).toFormat('yyyy-MM');
}

/** Day numbers of the first day of each month whose days meet [firstDay, lastDay]. */
export function monthStarts(firstDay: number, lastDay: number): number[] {
  const starts: number[] = [];
  let month = DateTime.fromMillis(firstDay * DAY_MS, { zone: 'UTC' }).startOf('month');
  while (month.toMillis() / DAY_MS <= lastDay) {
    starts.push(month.toMillis() / DAY_MS);
    month = month.plus({ months: 1 });
  }
  return starts;
}

/** The bucket of a local day: the day itself, its Monday, or its month's first day. */
export function bucketOf(unit: TimeUnit, day: number): number {
  if (unit === 'day') return day;
  if (unit === 'week') return mondayOf(day);
  return DateTime.fromMillis(day * DAY_MS, { zone: 'UTC' }).startOf('month').toMillis() / DAY_MS;
}

/** Every bucket from the one holding `firstDay` to the one holding `lastDay`, ascending (empty ones too). */
export function bucketsBetween(unit: TimeUnit, firstDay: number, lastDay: number): number[] {
  if (lastDay < firstDay) return [];
  if (unit === 'month') return monthStarts(firstDay, lastDay);
  const step = unit === 'day' ? 1 : 7;
  const out: number[] = [];
  for (let b = bucketOf(unit, firstDay); b <= lastDay; b += step) out.push(b);
  return out;
}

/** The wire key: `YYYY-MM-DD` for days and weeks (the Monday), `YYYY-MM` for months. */
export function bucketKey(unit: TimeUnit, bucket: number): string {
  return unit === 'month' ? monthText(bucket) : dayText(bucket);
}
