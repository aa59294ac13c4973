import { DateTime } from 'luxon';

/** `YYYY-MM-DD HH:mm` in the organization's zone: what IKCRM clients parse with `%Y-%m-%d %H:%M`. */
export function formatWireDateTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm');
}

/** `MM月DD日 HH:mm`, the display form of a reminder. */
export function formatReminderDisplay(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("MM'月'dd'日' HH:mm");
}

/** ISO 8601 with offset, used where IKCRM shows it (user created_at in the directory). */
export function formatIsoWithOffset(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

const NAIVE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parses a client time: `YYYY-MM-DD HH:mm`, `YYYY-MM-DD HH:mm:ss`, `YYYY-MM-DD` (naive: the organization's
 * zone) or ISO 8601 with an offset. Returns undefined when it is none of those.
 */
export function parseClientTime(value: string, zone: string): number | undefined {
  const text = value.trim();
  const m = NAIVE.exec(text);
  if (m) {
    const dt = DateTime.fromObject(
      { year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +(m[4] ?? 0), minute: +(m[5] ?? 0), second: +(m[6] ?? 0) },
      { zone },
    );
    return dt.isValid ? dt.toMillis() : undefined;
  }
  const iso = DateTime.fromISO(text, { setZone: true });
  if (iso.isValid && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(text)) return iso.toMillis();
  return undefined;
}

export function isValidTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}
