import type { Db } from '../../db/database.ts';

export async function findInstanceSetting(db: Db, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('instance_settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Stores the value unless the key is already set (then the stored one wins), and returns what is stored. */
export async function claimInstanceSetting(db: Db, key: string, value: string, now: number): Promise<string> {
  await db
    .insertInto('instance_settings')
    .values({ key, value, created_at: now })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await findInstanceSetting(db, key);
  if (stored === undefined) throw new Error(`instance setting ${key} vanished after it was claimed`);
  return stored;
}
