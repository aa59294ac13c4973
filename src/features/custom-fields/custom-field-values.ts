import type { Db } from '../../db/database.ts';
import { invalidParameter } from '../../domain/errors.ts';
import { fieldOf, parseClientTime, text as textOf } from '../../domain/params.ts';
import { KEY_PATTERN, normalizeDay, parseCustomValue, presentCustomValue, type CustomFieldDef, type StoredValue } from './custom-field-types.ts';
import {
  listFieldDefs,
  replaceCustomValue,
  type CustomFieldCondition,
  type LoadedCustomValues,
  type ValueColumn,
} from './custom-fields.repository.ts';

export interface ParsedCustomValue {
  readonly fieldId: number;
  readonly rows: readonly StoredValue[];
}

type Fields = Record<string, unknown>;

const has = (fields: Fields, key: string) => Object.prototype.hasOwnProperty.call(fields, key);
const mentionsCustomKey = (keys: Iterable<string>) => [...keys].some((k) => k.includes('_asset_'));

/**
 * The custom values a write carries, validated before anything is written: keys of the entity's enabled
 * fields only (unknown keys stay ignored, as clients add their own). On create a required field must be
 * given. `param` names a key in errors (`revisit_log[text_asset_1a2b]`).
 */
export async function parseCustomFields(
  db: Db,
  scope: { organizationId: number; timeZone: string },
  entity: string,
  fields: Fields,
  creating: boolean,
  param: (key: string) => string,
): Promise<ParsedCustomValue[]> {
  // One query for the definitions: a required field must be checked even when the write does not name it.
  const defs = await listFieldDefs(db, scope.organizationId, entity);
  const parsed: ParsedCustomValue[] = [];
  for (const def of defs) {
    if (!has(fields, def.key)) {
      if (creating && def.required) throw invalidParameter(param(def.key), 'a value (the field is required)');
      continue;
    }
    parsed.push({ fieldId: def.id, rows: parseCustomValue(def, fields[def.key], scope.timeZone, param(def.key)) });
  }
  return parsed;
}

export async function storeCustomFields(db: Db, organizationId: number, recordId: number, parsed: readonly ParsedCustomValue[]): Promise<void> {
  for (const p of parsed) await replaceCustomValue(db, organizationId, p.fieldId, recordId, p.rows);
}

/** The item's custom keys (every enabled field, null or [] without a value), for the presenter. */
export function customKeysOf(loaded: LoadedCustomValues, recordId: number, zone: string): Record<string, unknown> {
  const byField = loaded.values.get(recordId);
  const keys: Record<string, unknown> = {};
  for (const def of loaded.defs) keys[def.key] = presentCustomValue(def, byField?.get(def.id), zone);
  return keys;
}

const COLUMN: Record<CustomFieldDef['type'], ValueColumn> = {
  text: 'value_text',
  select: 'value_text',
  multi_select: 'value_text',
  date: 'value_text',
  number: 'value_number',
  datetime: 'value_time',
};

function bound(def: CustomFieldDef, name: string, value: unknown, zone: string, end: boolean): string | number | undefined {
  const text = textOf(name, value);
  if (text === undefined) return undefined;
  if (def.type === 'number') {
    const n = Number(text);
    if (!Number.isFinite(n)) throw invalidParameter(name, 'a number');
    return n;
  }
  if (def.type === 'date') {
    const day = normalizeDay(text);
    if (!day) throw invalidParameter(name, 'YYYY-MM-DD');
    return day;
  }
  const ms = parseClientTime(text, zone);
  if (ms === undefined) throw invalidParameter(name, 'YYYY-MM-DD or YYYY-MM-DD HH:mm');
  // A day as an upper bound is the whole day, as on every other date filter.
  return end && normalizeDay(text) ? ms + 86_400_000 - 1 : ms;
}

/**
 * List filters on custom fields: `<key>=value` (equality; for a multi_select, "has this option"; for a
 * datetime given a day, that day), `<key>_from` / `<key>_to` (inclusive) on number, date and datetime
 * fields. A key of no enabled field is an unknown parameter (ignored); a range on a text or select field,
 * or a bad value, is 100406. Costs a query only when the request names a custom key.
 */
export async function customFieldConditions(
  db: Db,
  scope: { organizationId: number; timeZone: string },
  entity: string,
  query: Fields,
): Promise<CustomFieldCondition[]> {
  if (!mentionsCustomKey(Object.keys(query))) return [];
  const defs = await listFieldDefs(db, scope.organizationId, entity);
  const zone = scope.timeZone;
  const conditions: CustomFieldCondition[] = [];
  for (const def of defs) {
    const eqRaw = textOf(def.key, fieldOf(query, def.key));
    const fromKey = `${def.key}_from`;
    const toKey = `${def.key}_to`;
    const ranged = textOf(fromKey, fieldOf(query, fromKey)) !== undefined || textOf(toKey, fieldOf(query, toKey)) !== undefined;
    if (eqRaw === undefined && !ranged) continue;
    if (!KEY_PATTERN.test(def.key)) continue;
    const base = { organizationId: scope.organizationId, fieldId: def.id, column: COLUMN[def.type] };
    const isRange = def.type === 'number' || def.type === 'date' || def.type === 'datetime';
    if (ranged && !isRange) throw invalidParameter(fromKey, `${def.key} is a ${def.type} field: filter it with ${def.key}=`);
    let eq: string | number | undefined;
    let from = isRange ? bound(def, fromKey, fieldOf(query, fromKey), zone, false) : undefined;
    let to = isRange ? bound(def, toKey, fieldOf(query, toKey), zone, true) : undefined;
    if (eqRaw !== undefined) {
      if (def.type === 'datetime' && normalizeDay(eqRaw)) {
        from = Math.max((from as number | undefined) ?? -Infinity, bound(def, def.key, eqRaw, zone, false) as number);
        to = Math.min((to as number | undefined) ?? Infinity, bound(def, def.key, eqRaw, zone, true) as number);
      } else {
        eq = isRange ? bound(def, def.key, eqRaw, zone, false) : eqRaw;
      }
    }
    conditions.push({ ...base, eq, from, to });
  }
  return conditions;
}
