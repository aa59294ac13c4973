import type { Db } from '../../db/database.ts';

/** Kinds of `import_id_map` rows; entity kinds are the entity tables' names. */
export type ImportKind =
  | 'organization'
  | 'role'
  | 'department'
  | 'user'
  | 'option'
  | 'customers'
  | 'leads'
  | 'contacts'
  | 'opportunities'
  | 'contracts'
  | 'revisit_log'
  | 'comment'
  | 'attachment';

export const ENTITY_KINDS = ['customers', 'leads', 'contacts', 'opportunities', 'contracts'] as const;

/** Local ids of the given source ids that are already imported (absent ones are not in the map). */
export async function findMapped(db: Db, organizationId: number, kind: ImportKind, sourceIds: readonly (number | string)[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const ids = [...new Set(sourceIds.map(String))];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('import_id_map')
      .select(['source_id', 'local_id'])
      .where('organization_id', '=', organizationId)
      .where('kind', '=', kind)
      .where('source_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const row of rows) out.set(row.source_id, Number(row.local_id));
  }
  return out;
}

export async function findAllMapped(db: Db, organizationId: number, kind: ImportKind): Promise<Map<string, number>> {
  const rows = await db.selectFrom('import_id_map').select(['source_id', 'local_id']).where('organization_id', '=', organizationId).where('kind', '=', kind).execute();
  return new Map(rows.map((r) => [r.source_id, Number(r.local_id)]));
}

/** Written in the transaction that created the records: the primary key makes a second mapping fail it. */
export async function insertMappings(
  db: Db,
  organizationId: number,
  kind: ImportKind,
  pairs: readonly { sourceId: number | string; localId: number }[],
  now: number,
): Promise<void> {
  for (let i = 0; i < pairs.length; i += 500) {
    const chunk = pairs.slice(i, i + 500);
    if (chunk.length === 0) continue;
    await db
      .insertInto('import_id_map')
      .values(chunk.map((p) => ({ organization_id: organizationId, kind, source_id: String(p.sourceId), local_id: p.localId, created_at: now })))
      .execute();
  }
}

/** The organization an earlier run of this import created, by the source's corp_id. */
export async function findImportedOrganization(db: Db, organizationId: number, sourceCorpId: string): Promise<boolean> {
  const row = await db
    .selectFrom('import_id_map')
    .select('local_id')
    .where('organization_id', '=', organizationId)
    .where('kind', '=', 'organization')
    .where('source_id', '=', sourceCorpId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Mapped records per kind: what this import brought into the organization. */
export async function countMapped(db: Db, organizationId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('import_id_map')
    .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
    .where('organization_id', '=', organizationId)
    .groupBy('kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

/** An option as the source has it (position and enabled state kept); returns its id. */
export async function insertImportedOption(
  db: Db,
  row: { organizationId: number; fieldKey: string; name: string; nameEn: string | null; position: number; enabled: boolean; now: number },
): Promise<number> {
  const inserted = await db
    .insertInto('field_options')
    .values({
      organization_id: row.organizationId,
      field_key: row.fieldKey,
      name: row.name,
      name_en: row.nameEn,
      position: row.position,
      enabled: row.enabled ? 1 : 0,
      created_at: row.now,
      updated_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function setSuperior(db: Db, organizationId: number, userId: number, superiorId: number): Promise<void> {
  await db.updateTable('users').set({ superior_id: superiorId }).where('organization_id', '=', organizationId).where('id', '=', userId).execute();
}
