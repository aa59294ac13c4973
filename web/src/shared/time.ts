import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import i18next from 'i18next';

dayjs.extend(customParseFormat);
dayjs.locale('zh-cn');

/** The API's times are `YYYY-MM-DD HH:mm` in the organization's zone, which is the rep's own zone. */
export function parseWire(text: string): Dayjs {
  return dayjs(text, ['YYYY-MM-DD HH:mm', 'YYYY-MM-DD HH:mm:ss'], true);
}

export function toWire(value: Dayjs): string {
  return value.format('YYYY-MM-DD HH:mm');
}

const en = () => i18next.language === 'en';

/** WeChat-style: 刚刚, 3分钟前, 14:07 (today), 昨天 14:07, 3月5日 14:07, 2025年3月5日 14:07. */
export function wechatTime(text: string, now: Dayjs = dayjs()): string {
  const at = parseWire(text);
  if (!at.isValid()) return text;
  const minutes = now.diff(at, 'minute');
  if (minutes >= 0 && minutes < 1) return i18next.t('time.justNow');
  if (minutes >= 1 && minutes < 60) return i18next.t('time.minutesAgo', { count: minutes });
  if (at.isSame(now, 'day')) return at.format('HH:mm');
  if (at.isSame(now.subtract(1, 'day'), 'day')) return `${i18next.t('time.yesterday')} ${at.format('HH:mm')}`;
  if (at.isSame(now, 'year')) return at.format(en() ? 'MMM D HH:mm' : 'M月D日 HH:mm');
  return at.format(en() ? 'MMM D, YYYY HH:mm' : 'YYYY年M月D日 HH:mm');
}

/** Day headers: 今天, 昨天, 3月5日 周三 (with the year when it is not this one). */
export function dayHeader(dayKey: string, now: Dayjs = dayjs()): string {
  const day = dayjs(dayKey, 'YYYY-MM-DD', true);
  if (day.isSame(now, 'day')) return i18next.t('period.today');
  if (day.isSame(now.subtract(1, 'day'), 'day')) return i18next.t('period.yesterday');
  if (en()) return day.format(day.isSame(now, 'year') ? 'ddd, MMM D' : 'ddd, MMM D, YYYY');
  return day.format(day.isSame(now, 'year') ? 'M月D日 ddd' : 'YYYY年M月D日 ddd');
}

export function dayKeyOf(text: string): string {
  return text.slice(0, 10);
}

/** Whole days a reminder is past due (0 when due later today or in the future). */
export function overdueDays(raw: string, now: Dayjs = dayjs()): number {
  const at = parseWire(raw);
  if (!at.isValid() || !at.isBefore(now)) return 0;
  return Math.max(0, now.startOf('day').diff(at.startOf('day'), 'day'));
}

/** 下次跟进 presets, at 09:00 unless a time is chosen. */
export function presetRemind(preset: 'tomorrow' | 'in3days' | 'nextMonday', now: Dayjs = dayjs()): Dayjs {
  const nine = (d: Dayjs) => d.hour(9).minute(0).second(0).millisecond(0);
  if (preset === 'tomorrow') return nine(now.add(1, 'day'));
  if (preset === 'in3days') return nine(now.add(3, 'day'));
  // Weeks start on Monday: next Monday is 1–7 days ahead (a Monday gives the following one).
  const toMonday = ((8 - now.day()) % 7) || 7;
  return nine(now.add(toMonday, 'day'));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
