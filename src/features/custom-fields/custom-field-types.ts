import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { invalidParameter } from '../../domain/errors.ts';
import { characterCount, parseClientTime } from '../../domain/params.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';

export const CUSTOM_FIELD_ENTITIES = ['revisit_log', 'lead', 'customer', 'opportunity', 'contract', 'contact'] as const;
export type CustomFieldEntity = (typeof CUSTOM_FIELD_ENTITIES)[number];
export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'datetime', 'select', 'multi_select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** Generated keys are named as IKCRM names them: the type's prefix, then hex. */
const KEY_PREFIX: Record<CustomFieldType, string> = {
  text: 'text_asset',
  number: 'numeric_asset',
  date: 'date_asset',
  datetime: 'datetime_asset',
  select: 'select_asset',
  multi_select: 'multi_select_asset',
};

/**
 * A key is `<words>_asset_<hex>`: never a built-in field or parameter name, and never ending in `_from`/`_to`
 * (those suffixes are the range filters).
 */
export const KEY_PATTERN = /^[a-z]+(?:_[a-z]+)*_asset_[0-9a-f]{1,32}$/;

export function generateKey(type: CustomFieldType): string {
  return `${KEY_PREFIX[type]}_${randomBytes(4).toString('hex')}`;
}

export interface CustomFieldDef {
  readonly id: number;
  readonly entity: string;
  readonly key: string;
  readonly type: CustomFieldType;
  readonly label: string;
  readonly labelEn: string | null;
  readonly options: readonly string[];
  readonly required: boolean;
  readonly position: number;
  readonly enabled: boolean;
}

/** One stored value row; a multi_select has one per chosen option, a cleared field none. */
export interface StoredValue {
  readonly value_text: string | null;
  readonly value_number: number | null;
  readonly value_time: number | null;
}

const MAX_TEXT = 1000;
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const emptyValue = (raw: unknown) => raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.every((v) => v === '' || v === null));

function scalarText(param: string, raw: unknown, accepted: string | readonly string[]): string {
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw !== 'string') throw invalidParameter(param, accepted);
  return raw.trim();
}

/** `2026-12-1` → `2026-12-01`; undefined when it is no real day. */
export function normalizeDay(text: string): string | undefined {
  const m = DAY.exec(text.trim());
  if (!m) return undefined;
  const day = DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! });
  return day.isValid ? day.toFormat('yyyy-MM-dd') : undefined;
}

/**
 * A value as a client sent it (`revisit_log[text_asset_1a2b]=…`), validated by the field's type; a bad value
 * is 100406 naming the key. An empty value clears the field (rejected when it is required).
 */
export function parseCustomValue(def: CustomFieldDef, raw: unknown, zone: string, param: string): StoredValue[] {
  if (emptyValue(raw)) {
    if (def.required) throw invalidParameter(param, 'a value (the field is required)');
    return [];
  }
  const row = (v: Partial<StoredValue>): StoredValue => ({ value_text: null, value_number: null, value_time: null, ...v });
  switch (def.type) {
    case 'text': {
      const text = scalarText(param, Array.isArray(raw) ? raw[0] : raw, `text up to ${MAX_TEXT} characters`);
      if (characterCount(text) > MAX_TEXT) throw invalidParameter(param, `text up to ${MAX_TEXT} characters`);
      return [row({ value_text: text })];
    }
    case 'number': {
      const text = scalarText(param, raw, 'a number');
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw invalidParameter(param, 'a number');
      return [row({ value_number: n })];
    }
    case 'date': {
      const day = normalizeDay(scalarText(param, raw, 'YYYY-MM-DD'));
      if (!day) throw invalidParameter(param, 'YYYY-MM-DD');
      return [row({ value_text: day })];
    }
    case 'datetime': {
      const ms = parseClientTime(scalarText(param, raw, 'YYYY-MM-DD HH:mm'), zone);
      if (ms === undefined) throw invalidParameter(param, 'YYYY-MM-DD HH:mm');
      return [row({ value_time: ms })];
    }
    case 'select': {
      const text = scalarText(param, raw, def.options);
      if (!def.options.includes(text)) throw invalidParameter(param, def.options);
      return [row({ value_text: text })];
    }
    case 'multi_select': {
      const list = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== '' && v !== null).map((v) => scalarText(param, v, def.options));
      for (const v of list) if (!def.options.includes(v)) throw invalidParameter(param, def.options);
      return [...new Set(list)].map((v) => row({ value_text: v }));
    }
  }
}

/** The wire value: strings for text/select/date, numbers, `YYYY-MM-DD HH:mm` datetimes, arrays for multi_select. */
export function presentCustomValue(def: CustomFieldDef, rows: readonly StoredValue[] | undefined, zone: string): unknown {
  if (def.type === 'multi_select') return (rows ?? []).map((r) => r.value_text);
  const first = rows?.[0];
  if (!first) return null;
  if (def.type === 'number') return first.value_number === null ? null : Number(first.value_number);
  if (def.type === 'datetime') return first.value_time === null ? null : formatWireDateTime(Number(first.value_time), zone);
  return first.value_text;
}
