import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { IdempotencyKeysTable } from '../../db/schema/index.ts';

export type IdempotencyKeyRow = Selectable<IdempotencyKeysTable>;

export interface IdempotencyKeyId {
  organizationId: number;
  userId: number;
  key: string;
}

export async function findIdempotencyKey(db: Db, id: IdempotencyKeyId): Promise<IdempotencyKeyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('organization_id', '=', id.organizationId)
    .where('user_id', '=', id.userId)
    .where('key', '=', id.key)
    .executeTakeFirst();
}

/** Forgets this key if it was used before `before` (a key is only remembered for a while). */
export async function deleteExpiredIdempotencyKey(db: Db, id: IdempotencyKeyId, before: number): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('organization_id', '=', id.organizationId)
    .where('user_id', '=', id.userId)
    .where('key', '=', id.key)
    .where('created_at', '<', before)
    .execute();
}

/** Claims a key; throws the engine's unique violation when another request holds it. */
export async function insertIdempotencyKey(db: Db, id: IdempotencyKeyId, fingerprint: string, now: number): Promise<number> {
  const row = await db
    .insertInto('idempotency_keys')
    .values({ organization_id: id.organizationId, user_id: id.userId, key: id.key, fingerprint, response: '', created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function storeIdempotentResponse(db: Db, rowId: number, response: string): Promise<void> {
  await db.updateTable('idempotency_keys').set({ response }).where('id', '=', rowId).execute();
}
