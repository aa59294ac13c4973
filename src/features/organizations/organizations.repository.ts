import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { OrganizationsTable } from '../../db/schema/index.ts';

export type OrganizationRow = Selectable<OrganizationsTable>;

export async function insertOrganization(db: Db, row: Insertable<OrganizationsTable>): Promise<OrganizationRow> {
  return db.insertInto('organizations').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findOrganizationByCorpId(db: Db, corpId: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('corp_id', '=', corpId).executeTakeFirst();
}

export async function countOrganizations(db: Db): Promise<number> {
  const row = await db.selectFrom('organizations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
