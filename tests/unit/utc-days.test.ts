import { describe, expect, it } from 'vitest';
import { DAY_MS, splitByUtcDays, utcDayOf } from '../../src/domain/utc-days.ts';

describe('splitByUtcDays', () => {
  it('cuts a Shanghai day range into whole UTC days and two partial edges', () => {
    // 2026-01-01 00:00 +08:00 = 2025-12-31 16:00Z; 2026-01-04 00:00 +08:00 = 2026-01-03 16:00Z.
    const from = Date.UTC(2025, 11, 31, 16);
    const until = Date.UTC(2026, 0, 3, 16);
    expect(splitByUtcDays({ from, until })).toEqual({
      days: { from: utcDayOf(Date.UTC(2026, 0, 1)), until: utcDayOf(Date.UTC(2026, 0, 3)) },
      head: { from, until: Date.UTC(2026, 0, 1) },
      tail: { from: Date.UTC(2026, 0, 3), until },
    });
  });

  it('has no edges when the range starts and ends at UTC midnight', () => {
    const from = Date.UTC(2026, 0, 1);
    expect(splitByUtcDays({ from, until: from + 2 * DAY_MS })).toEqual({ days: { from: from / DAY_MS, until: from / DAY_MS + 2 } });
  });

  it('leaves open ends open', () => {
    const until = Date.UTC(2026, 0, 3, 16);
    expect(splitByUtcDays({ until })).toEqual({ days: { until: utcDayOf(until) }, tail: { from: Date.UTC(2026, 0, 3), until } });
    expect(splitByUtcDays({})).toEqual({ days: {} });
  });

  it('gives nothing for a range inside one UTC day or across one midnight only', () => {
    const from = Date.UTC(2026, 0, 1, 16);
    expect(splitByUtcDays({ from, until: from + 3_600_000 })).toBeUndefined();
    expect(splitByUtcDays({ from, until: from + DAY_MS })).toBeUndefined();
  });
});
