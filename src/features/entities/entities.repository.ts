import type { Insertable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { ContactsTable, ContractsTable, CustomersTable, LeadsTable, OpportunitiesTable } from '../../db/schema/index.ts';

export interface EntityInserts {
  leads: Insertable<LeadsTable>;
  customers: Insertable<CustomersTable>;
  opportunities: Insertable<OpportunitiesTable>;
  contracts: Insertable<ContractsTable>;
  contacts: Insertable<ContactsTable>;
}

/** Inserts many entities of one kind and returns their ids in input order. */
export async function insertEntities<K extends keyof EntityInserts>(db: Db, table: K, rows: EntityInserts[K][]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += 200) {
    const batch = rows.slice(i, i + 200);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the union of five insert shapes is sound per K
    const inserted = await db.insertInto(table).values(batch as any).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}
