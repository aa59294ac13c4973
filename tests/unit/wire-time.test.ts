import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseClientTime } from '../../src/domain/params.ts';
import { formatReminderDisplay, formatWireDateTime } from '../../src/domain/wire-time.ts';

// Zones with DST on whole hours, on half hours of UTC (St John's), with 30-minute DST (Lord Howe), and odd
// offsets (Kathmandu, Chatham).
const ZONES = ['Asia/Shanghai', 'America/New_York', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'Europe/London', 'UTC'];

describe('wire time formatting', () => {
  it('matches the zone database at every minute around DST changes and at random instants', () => {
    const instants: number[] = [];
    for (const zone of ZONES) {
      for (const year of [2025, 2026]) {
        // Every minute across each DST change of the year (found by scanning hours).
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 3_600_000) {
          const before = DateTime.fromMillis(t, { zone }).offset;
          const after = DateTime.fromMillis(t + 3_600_000, { zone }).offset;
          if (before !== after) for (let m = -90; m <= 150; m++) instants.push(t + m * 60_000);
        }
      }
    }
    let seed = 12345;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      instants.push(Date.UTC(2020, 0, 1) + (seed % (10 * 365 * 86_400)) * 1000);
    }
    for (const zone of ZONES) {
      for (const ms of instants) {
        const dt = DateTime.fromMillis(ms, { zone });
        expect(formatWireDateTime(ms, zone)).toBe(dt.toFormat('yyyy-MM-dd HH:mm'));
        expect(formatReminderDisplay(ms, zone)).toBe(dt.toFormat("MM'月'dd'日' HH:mm"));
      }
    }
  });

  it('formats the seed example', () => {
    const ms = DateTime.fromISO('2025-02-25T14:07:59', { zone: 'Asia/Shanghai' }).toMillis();
    expect(formatWireDateTime(ms, 'Asia/Shanghai')).toBe('2025-02-25 14:07');
    expect(formatReminderDisplay(ms, 'Asia/Shanghai')).toBe('02月25日 14:07');
  });
});

describe('parseClientTime', () => {
  const zone = 'Asia/Shanghai';
  const sh = (iso: string) => DateTime.fromISO(iso, { zone }).toMillis();
  it('reads the forms clients send, naive ones in the organization zone', () => {
    expect(parseClientTime('2019-02-27 14:32:11', zone)).toBe(sh('2019-02-27T14:32:11'));
    expect(parseClientTime('2019-03-01 16:18', zone)).toBe(sh('2019-03-01T16:18'));
    expect(parseClientTime('2020-12-06 00:00:00', zone)).toBe(sh('2020-12-06T00:00'));
    expect(parseClientTime('2020-12-06', zone)).toBe(sh('2020-12-06T00:00'));
    expect(parseClientTime('2020-12-06T10:00:00+00:00', zone)).toBe(Date.UTC(2020, 11, 6, 10));
    expect(parseClientTime('2020-12-06T10:00:00Z', zone)).toBe(Date.UTC(2020, 11, 6, 10));
    // ISO without an offset is naive too.
    expect(parseClientTime('2020-12-06T10:00:00', zone)).toBe(sh('2020-12-06T10:00'));
  });
  it('rejects what is not a time', () => {
    for (const bad of ['', 'tomorrow', '2020-13-01 10:00', '2020-02-30', '12/06/2020']) {
      expect(parseClientTime(bad, zone), bad).toBeUndefined();
    }
  });
});
