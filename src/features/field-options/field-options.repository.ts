import type { Selectable } from 'kysely';
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
  return db
    .selectFrom('field_options')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', 'in', [...new Set(ids)])
    .execute();
}

export async function findOption(db: Db, organizationId: number, id: number): Promise<FieldOptionRow | undefined> {
  return db.selectFrom('field_options').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}
