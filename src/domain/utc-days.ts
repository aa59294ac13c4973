import type { InstantRange } from './periods.ts';

export const DAY_MS = 86_400_000;

/** A UTC day number: epoch milliseconds div one day (the key of the daily count roll-ups). */
export function utcDayOf(instant: number): number {
  return Math.floor(instant / DAY_MS);
}

/**
 * A range cut into the whole UTC days it covers (`days`, day numbers, `until` exclusive, either end open)
 * and the partial days at its edges (`head`, `tail`: instants, counted row by row). Undefined when it covers
 * no whole day: then the whole range is counted row by row. Organizations' days start at their own
 * midnight, so a range in Asia/Shanghai always has partial UTC days at both edges.
 */
export interface UtcDaySplit {
  readonly days: { readonly from?: number; readonly until?: number };
  readonly head?: InstantRange;
  readonly tail?: InstantRange;
}

export function splitByUtcDays(range: InstantRange): UtcDaySplit | undefined {
  const firstDay = range.from === undefined ? undefined : Math.ceil(range.from / DAY_MS);
  const endDay = range.until === undefined ? undefined : Math.floor(range.until / DAY_MS);
  if (firstDay !== undefined && endDay !== undefined && firstDay >= endDay) return undefined;
  const head = range.from !== undefined && firstDay! * DAY_MS > range.from ? { from: range.from, until: firstDay! * DAY_MS } : undefined;
  const tail = range.until !== undefined && endDay! * DAY_MS < range.until ? { from: endDay! * DAY_MS, until: range.until } : undefined;
  return {
    days: { ...(firstDay !== undefined ? { from: firstDay } : {}), ...(endDay !== undefined ? { until: endDay } : {}) },
    ...(head ? { head } : {}),
    ...(tail ? { tail } : {}),
  };
}
