import { DateTime } from 'luxon';
import { invalidParameter } from './errors.ts';

/**
 * The one set of rules turning wire values into typed values, for every route (query, form, JSON and
 * multipart fields alike):
 * - a scalar sent several times (`x=a&x=b`, `x[]=a&x[]=b`) is its LAST value, as Rails reads it;
 * - numbers and booleans of a JSON body count as their text;
 * - text is trimmed and `""` means absent (free text that is stored, like a follow-up's content, is read
 *   with `textAsSent` instead, untrimmed);
 * - an object where a scalar is expected (`page[x]=1`) is a 100406 naming the parameter;
 * - lists accept `key[]=…`, repeated keys, comma lists and JSON arrays, mixed, at most MAX_LIST_LENGTH items;
 * - ids are positive integers written in digits; booleans are 1/0/true/false (yes/no/on/off too);
 * - days are `YYYY-MM-DD` with `-` or `/` and unpadded months/days, a real calendar day, years 1970–9999;
 * - enums are case-insensitive and their 100406 message lists the accepted values.
 * Pure: no I/O; the clock and zone come in.
 */

export const MAX_LIST_LENGTH = 200;
export const MIN_YEAR = 1970;
export const MAX_YEAR = 9999;

export type Fields = Readonly<Record<string, unknown>>;

const EMPTY: Fields = Object.freeze({});

/** A nested object (`revisit_log[...]`), or an empty one for anything else: never a prototype. */
export function fieldsOf(value: unknown): Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : EMPTY;
}

/** A field by user-chosen name: own properties only, so `__proto__` or `constructor` never reach a prototype. */
export function fieldOf(fields: Fields, key: string): unknown {
  return Object.hasOwn(fields, key) ? fields[key] : undefined;
}

/** Whether a field was sent at all (null counts as not sent, as JSON clients send null for "unset"). */
export function isSent(fields: Fields, key: string): boolean {
  const value = fieldOf(fields, key);
  return value !== undefined && value !== null;
}

/** The one scalar a parameter carries, as sent (untrimmed); undefined when absent. */
export function textAsSent(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : textAsSent(name, value[value.length - 1]);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalidParameter(name);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw invalidParameter(name);
}

/** Trimmed text; empty means absent. `max` counts characters (code points). */
export function text(name: string, value: unknown, max?: number): string | undefined {
  const raw = textAsSent(name, value)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (max !== undefined && characterCount(raw) > max) throw invalidParameter(name, `at most ${max} characters`);
  return raw;
}

export function requiredText(name: string, value: unknown, max?: number): string {
  const found = text(name, value, max);
  if (found === undefined) throw invalidParameter(name);
  return found;
}

/** An integer in digits (optional sign), within bounds. */
export function integer(name: string, value: unknown, bounds: { min?: number; max?: number } = {}): number | undefined {
  const raw = text(name, value);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^[+-]?\d+$/.test(raw) || !Number.isSafeInteger(n)) throw invalidParameter(name, 'an integer');
  if ((bounds.min !== undefined && n < bounds.min) || (bounds.max !== undefined && n > bounds.max)) {
    throw invalidParameter(name, `an integer from ${bounds.min ?? '…'} to ${bounds.max ?? '…'}`);
  }
  return n;
}

/** A finite decimal number within ±limit (coordinates). */
export function decimal(name: string, value: unknown, limit: number): number | undefined {
  const raw = text(name, value);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw) || !Number.isFinite(n) || Math.abs(n) > limit) {
    throw invalidParameter(name, `a number from -${limit} to ${limit}`);
  }
  return n;
}

function parseId(name: string, raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < 1) throw invalidParameter(name, 'a positive integer id');
  return n;
}

/** A positive integer id. */
export function id(name: string, value: unknown): number | undefined {
  const raw = text(name, value);
  return raw === undefined ? undefined : parseId(name, raw);
}

export function requiredId(name: string, value: unknown): number {
  const found = id(name, value);
  if (found === undefined) throw invalidParameter(name);
  return found;
}

/** A list's raw items: `key[]=…` or a JSON array, repeated keys, comma lists; qs turns a long `key[]` into an object. */
function listItems(name: string, value: unknown): string[] {
  const top = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : [value];
  if (top.length > MAX_LIST_LENGTH) throw tooLong(name);
  const items: string[] = [];
  for (const item of top) {
    if (item === undefined || item === null) continue;
    if (typeof item === 'object') throw invalidParameter(name, 'a list of ids');
    for (const part of textAsSent(name, item)!.split(',')) {
      const trimmed = part.trim();
      if (trimmed === '') continue;
      items.push(trimmed);
      if (items.length > MAX_LIST_LENGTH) throw tooLong(name);
    }
  }
  return items;
}

function tooLong(name: string) {
  return invalidParameter(name, `at most ${MAX_LIST_LENGTH} items`);
}

/** One id or several, deduplicated in first-seen order; an empty list (`key[]=`) is `[]`, absent is undefined. */
export function idList(name: string, value: unknown): number[] | undefined {
  if (value === undefined || value === null) return undefined;
  return [...new Set(listItems(name, value).map((raw) => parseId(name, raw)))];
}

/** Like idList, but an empty list means absent (filters: `user_id=` filters nothing). */
export function idFilter(name: string, value: unknown): number[] | undefined {
  const ids = idList(name, value);
  return ids && ids.length > 0 ? ids : undefined;
}

const TRUE = new Set(['1', 'true', 'yes', 'on']);
const FALSE = new Set(['0', 'false', 'no', 'off']);

export function flag(name: string, value: unknown): boolean | undefined {
  const raw = text(name, value)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (TRUE.has(raw)) return true;
  if (FALSE.has(raw)) return false;
  throw invalidParameter(name, ['1', '0', 'true', 'false']);
}

/** One of the accepted values (case-insensitive); the 100406 lists them. Absent is the fallback. */
export function oneOf<T extends string>(name: string, value: unknown, accepted: readonly T[]): T | undefined;
export function oneOf<T extends string>(name: string, value: unknown, accepted: readonly T[], fallback: T): T;
export function oneOf<T extends string>(name: string, value: unknown, accepted: readonly T[], fallback?: T): T | undefined {
  const raw = text(name, value)?.toLowerCase();
  if (raw === undefined) return fallback;
  const found = accepted.find((a) => a.toLowerCase() === raw);
  if (found === undefined) throw invalidParameter(name, accepted);
  return found;
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const DATE_TIME = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?$/;

function inYearRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A calendar day (`2026-11-30`, `2026/11/30`, `2026-12-1`); impossible days (2025-02-30) are undefined. */
export function parseDay(raw: string): CalendarDay | undefined {
  const m = DAY.exec(raw.trim());
  if (!m) return undefined;
  const day = { year: +m[1]!, month: +m[3]!, day: +m[4]! };
  if (!inYearRange(day.year) || !DateTime.fromObject(day, { zone: 'UTC' }).isValid) return undefined;
  return day;
}

export function day(name: string, value: unknown): CalendarDay | undefined {
  const raw = text(name, value);
  if (raw === undefined) return undefined;
  const found = parseDay(raw);
  if (!found) throw invalidParameter(name, 'YYYY-MM-DD (1970–9999)');
  return found;
}

/** Whether a time parameter was given as a bare day (an upper bound then means the whole day). */
export function isBareDay(raw: string): boolean {
  return DAY.test(raw.trim());
}

/**
 * A client time: `YYYY-MM-DD HH:mm[:ss]` or a bare day (naive: in the organization's zone, `/` or `-`,
 * unpadded), or ISO 8601 with an offset. Years 1970–9999 only: a far-future instant cannot be formatted
 * back to the wire.
 */
export function parseClientTime(value: string, zone: string): number | undefined {
  const raw = value.trim();
  const m = DATE_TIME.exec(raw);
  let dt: DateTime | undefined;
  if (m) {
    dt = DateTime.fromObject(
      { year: +m[1]!, month: +m[3]!, day: +m[4]!, hour: +(m[5] ?? 0), minute: +(m[6] ?? 0), second: +(m[7] ?? 0) },
      { zone },
    );
  } else if (/^\d{4}-\d{2}-\d{2}T.*(?:Z|[+-]\d{2}:?\d{2})$/i.test(raw)) {
    dt = DateTime.fromISO(raw, { setZone: true });
  }
  if (!dt?.isValid) return undefined;
  // The year as written (for naive input) and as an instant must both be in range.
  if (!inYearRange(dt.year) || !inYearRange(dt.toUTC().year)) return undefined;
  return dt.toMillis();
}

export function clientTime(name: string, value: unknown, zone: string): number | undefined {
  const raw = text(name, value);
  if (raw === undefined) return undefined;
  const at = parseClientTime(raw, zone);
  if (at === undefined) throw invalidParameter(name, 'YYYY-MM-DD HH:mm, YYYY-MM-DD HH:mm:ss or ISO 8601 with offset (1970–9999)');
  return at;
}

/**
 * Length in characters (code points), as limits are documented: `.length` counts UTF-16 units, so an emoji
 * would count twice.
 */
export function characterCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    n++;
  }
  return n;
}

/**
 * The first key path holding a U+0000 (in a key or a value), or undefined. Iterative, so a deeply nested
 * body cannot overflow the stack. PostgreSQL rejects NUL in text, so it is refused at the edge for both
 * engines alike.
 */
export function findNul(value: unknown, root: string): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, inner] of Object.entries(current)) {
        if (key.includes('\u0000')) return path;
        stack.push({ value: inner, path: path === '' ? key : `${path}[${key}]` });
      }
    }
  }
  return undefined;
}
