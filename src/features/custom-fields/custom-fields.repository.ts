import { sql, type Expression, type Selectable, type SqlBool, type Updateable } from 'kysely';
import { runCompiledOnce } from '../../db/compiled-queries.ts';
import type { Db } from '../../db/database.ts';
import type { CustomFieldsTable } from '../../db/schema/custom-fields.ts';
import type { CustomFieldDef, CustomFieldType, StoredValue } from './custom-field-types.ts';

type FieldRow = Selectable<CustomFieldsTable>;

function toDef(row: Pick<FieldRow, 'id' | 'entity' | 'key' | 'type' | 'label' | 'label_en' | 'options' | 'required' | 'position' | 'enabled'>): CustomFieldDef {
  return {
    id: Number(row.id),
    entity: row.entity,
    key: row.key,
    type: row.type as CustomFieldType,
    label: row.label,
    labelEn: row.label_en,
    options: JSON.parse(row.options) as string[],
    required: Number(row.required) === 1,
    position: Number(row.position),
    enabled: Number(row.enabled) === 1,
  };
}

/** The live (not deleted) fields of one entity, in position order; disabled ones only when asked. */
export async function listFieldDefs(db: Db, organizationId: number, entity: string, options: { includeDisabled?: boolean } = {}): Promise<CustomFieldDef[]> {
  let query = db
    .selectFrom('custom_fields')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('entity', '=', entity)
    .where('deleted_at', 'is', null);
  if (!options.includeDisabled) query = query.where('enabled', '=', 1);
  return (await query.orderBy('position').orderBy('id').execute()).map(toDef);
}

export async function findFieldDef(db: Db, organizationId: number, id: number): Promise<CustomFieldDef | undefined> {
  const row = await db
    .selectFrom('custom_fields')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? toDef(row) : undefined;
}

/** Whether a key is taken in the organization (deleted fields keep their key: their values stay stored). */
export async function keyTaken(db: Db, organizationId: number, key: string): Promise<boolean> {
  const row = await db.selectFrom('custom_fields').select('id').where('organization_id', '=', organizationId).where('key', '=', key).executeTakeFirst();
  return row !== undefined;
}

export async function nextPosition(db: Db, organizationId: number, entity: string): Promise<number> {
  const row = await db
    .selectFrom('custom_fields')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('organization_id', '=', organizationId)
    .where('entity', '=', entity)
    .executeTakeFirst();
  return Number(row?.p ?? 0) + 1;
}

export async function insertFieldDef(db: Db, row: Omit<CustomFieldsTable, 'id' | 'deleted_at'>): Promise<number> {
  const inserted = await db.insertInto('custom_fields').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function updateFieldDef(db: Db, organizationId: number, id: number, changes: Updateable<CustomFieldsTable>): Promise<void> {
  await db.updateTable('custom_fields').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}

export interface LoadedCustomValues {
  readonly defs: readonly CustomFieldDef[];
  /** record id → field id → value rows */
  readonly values: ReadonlyMap<number, ReadonlyMap<number, StoredValue[]>>;
}

/**
 * The enabled fields of an entity with the values of a page of records: one query whatever the page size
 * (definitions left-joined to the page's values).
 */
export async function loadCustomValues(db: Db, organizationId: number, entity: string, recordIds: readonly number[]): Promise<LoadedCustomValues> {
  if (recordIds.length === 0) return { defs: [], values: new Map() };
  const ids = [...new Set(recordIds)];
  // Asked by every list page: compiled once per number of ids.
  const rows = await runCompiledOnce(db, `custom-fields.values:${ids.length}`, [organizationId, ...ids, organizationId, entity, 1], () =>
    db
      .selectFrom('custom_fields as f')
      .leftJoin('custom_field_values as v', (join) => join.onRef('v.field_id', '=', 'f.id').on('v.organization_id', '=', organizationId).on('v.record_id', 'in', ids))
      .select(['f.id', 'f.entity', 'f.key', 'f.type', 'f.label', 'f.label_en', 'f.options', 'f.required', 'f.position', 'f.enabled'])
      .select(['v.record_id', 'v.value_text', 'v.value_number', 'v.value_time'])
      .where('f.organization_id', '=', organizationId)
      .where('f.entity', '=', entity)
      .where('f.enabled', '=', 1)
      .where('f.deleted_at', 'is', null)
      .orderBy('f.position')
      .orderBy('f.id')
      .orderBy('v.id')
      .compile(),
  );
  const defs = new Map<number, CustomFieldDef>();
  const values = new Map<number, Map<number, StoredValue[]>>();
  for (const row of rows) {
    const fieldId = Number(row.id);
    if (!defs.has(fieldId)) defs.set(fieldId, toDef(row));
    if (row.record_id === null) continue;
    const recordId = Number(row.record_id);
    const byField = values.get(recordId) ?? new Map<number, StoredValue[]>();
    values.set(recordId, byField);
    const list = byField.get(fieldId) ?? [];
    byField.set(fieldId, list);
    list.push({ value_text: row.value_text, value_number: row.value_number, value_time: row.value_time });
  }
  return { defs: [...defs.values()], values };
}

/** Replaces one field's value of one record (an empty list clears it). */
export async function replaceCustomValue(db: Db, organizationId: number, fieldId: number, recordId: number, rows: readonly StoredValue[]): Promise<void> {
  await db
    .deleteFrom('custom_field_values')
    .where('organization_id', '=', organizationId)
    .where('field_id', '=', fieldId)
    .where('record_id', '=', recordId)
    .execute();
  if (rows.length) {
    await db
      .insertInto('custom_field_values')
      .values(rows.map((r) => ({ organization_id: organizationId, field_id: fieldId, record_id: recordId, ...r })))
      .execute();
  }
}

export type ValueColumn = 'value_text' | 'value_number' | 'value_time';

/** One custom-field filter: equality (`eq`) and/or an inclusive range on the field's value column. */
export interface CustomFieldCondition {
  readonly organizationId: number;
  readonly fieldId: number;
  readonly column: ValueColumn;
  readonly eq?: string | number | undefined;
  readonly from?: string | number | undefined;
  readonly to?: string | number | undefined;
}

/** `exists` on the value index (field, value, record): the filter never scans other fields' values. */
export function customFieldMatches(recordId: Expression<number>, c: CustomFieldCondition): Expression<SqlBool> {
  const column = sql.ref(`v.${c.column}`);
  const parts = [sql`v.organization_id = ${c.organizationId}`, sql`v.field_id = ${c.fieldId}`, sql`v.record_id = ${recordId}`];
  if (c.eq !== undefined) parts.push(sql`${column} = ${c.eq}`);
  if (c.from !== undefined) parts.push(sql`${column} >= ${c.from}`);
  if (c.to !== undefined) parts.push(sql`${column} <= ${c.to}`);
  return sql<SqlBool>`exists (select 1 from custom_field_values v where ${sql.join(parts, sql` and `)})`;
}
