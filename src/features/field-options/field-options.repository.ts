import type { Selectable } from 'kysely';
import { runCompiledOnce } from '../../db/compiled-queries.ts';
import type { Db } from '../../db/database.ts';
import type { FieldOptionsTable } from '../../db/schema/index.ts';
import { DEFAULT_OPTIONS, type FieldKey } from '../../domain/default-options.ts';

export type FieldOptionRow = Selectable<FieldOptionsTable>;

export async function insertDefaultOptions(db: Db, organizationId: number, now: number): Promise<void> {
  const rows = Object.entries(DEFAULT_OPTIONS).flatMap(([fieldKey, options]) =>
    options.map((option, index) => ({
      organization_id: organizationId,
      field_key: fieldKey,
      name: option.zh,
      name_en: option.en,
      position: index + 1,
      enabled: 1,
      created_at: now,
      updated_at: now,
    })),
  );
  await db.insertInto('field_options').values(rows).execute();
}

export async function listOptions(db: Db, organizationId: number, fieldKey: FieldKey): Promise<FieldOptionRow[]> {
  return db
    .selectFrom('field_options')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('field_key', '=', fieldKey)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

/** Options by id, for presenting many records at once (disabled ones included: old records still show them). */
export async function findOptionsByIds(db: Db, organizationId: number, ids: readonly number[]): Promise<FieldOptionRow[]> {
  if (ids.length === 0) return [];
  const unique = [...new Set(ids)];
  // Every list page asks this: compiled once per number of ids.
  return runCompiledOnce(db, `field-options.by-ids:${unique.length}`, [organizationId, ...unique], () =>
    db.selectFrom('field_options').selectAll().where('organization_id', '=', organizationId).where('id', 'in', unique).compile(),
  );
}

export async function findOption(db: Db, organizationId: number, id: number): Promise<FieldOptionRow | undefined> {
  return db.selectFrom('field_options').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function insertOption(
  db: Db,
  row: { organizationId: number; fieldKey: FieldKey; name: string; nameEn: string | null; now: number },
): Promise<FieldOptionRow> {
  const last = await db
    .selectFrom('field_options')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('organization_id', '=', row.organizationId)
    .where('field_key', '=', row.fieldKey)
    .executeTakeFirst();
  return db
    .insertInto('field_options')
    .values({
      organization_id: row.organizationId,
      field_key: row.fieldKey,
      name: row.name,
      name_en: row.nameEn,
      position: Number(last?.p ?? 0) + 1,
      enabled: 1,
      created_at: row.now,
      updated_at: row.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateOption(
  db: Db,
  organizationId: number,
  id: number,
  changes: { name?: string; name_en?: string | null; position?: number; enabled?: number; updated_at: number },
): Promise<void> {
  await db.updateTable('field_options').set(changes).where('organization_id', '=', organizationId).where('id', '=', id).execute();
}
