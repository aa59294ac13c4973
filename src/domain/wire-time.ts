import { DateTime, IANAZone } from 'luxon';

const DAY = 86_400_000;
const QUARTER_HOUR = 900_000;
/** Per zone and UTC day: the offset in minutes, or `null` on a day the offset changes. */
const dayOffsets = new Map<string, number | null>();
const quarterOffsets = new Map<string, number>();

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= 50_000) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * The zone's UTC offset in minutes at an instant. Asking the zone database (what luxon's toFormat does per
 * call) measured ~11 µs, the largest cost of a 200-item page, so offsets are cached: per UTC day when the
 * offset is the same at both ends of it, else per quarter hour (every zone changes offset on a quarter hour
 * of UTC).
 */
function offsetMinutes(ms: number, zone: string): number {
  const day = Math.floor(ms / DAY);
  const dayKey = `${zone}|${day}`;
  let daily = dayOffsets.get(dayKey);
  if (daily === undefined) {
    const iana = IANAZone.create(zone);
    const start = iana.offset(day * DAY);
    daily = remember(dayOffsets, dayKey, start === iana.offset(day * DAY + DAY - 1) ? start : null);
  }
  if (daily !== null) return daily;
  const quarterKey = `${zone}|q${Math.floor(ms / QUARTER_HOUR)}`;
  return quarterOffsets.get(quarterKey) ?? remember(quarterOffsets, quarterKey, IANAZone.create(zone).offset(ms));
}

/** The zone's calendar day of an instant as a day number (days since 1970-01-01 on the wall clock). */
export function localDayNumber(ms: number, zone: string): number {
  return Math.floor((ms + offsetMinutes(ms, zone) * 60_000) / DAY);
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The wall-clock fields of an instant in a zone. */
function wallClock(ms: number, zone: string) {
  const local = new Date(ms + offsetMinutes(ms, zone) * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: pad(local.getUTCMonth() + 1),
    day: pad(local.getUTCDate()),
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/** `YYYY-MM-DD HH:mm` in the organization's zone: what IKCRM clients parse with `%Y-%m-%d %H:%M`. */
export function formatWireDateTime(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${w.year}-${w.month}-${w.day} ${w.time}`;
}

/** `MM月DD日 HH:mm`, the display form of a reminder. */
export function formatReminderDisplay(ms: number, zone: string): string {
  const w = wallClock(ms, zone);
  return `${w.month}月${w.day}日 ${w.time}`;
}

/** ISO 8601 with offset, used where IKCRM shows it (user created_at in the directory). */
export function formatIsoWithOffset(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

export function isValidTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}
