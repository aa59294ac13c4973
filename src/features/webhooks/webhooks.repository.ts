import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { WebhookAttemptsTable, WebhookDeliveriesTable, WebhookEndpointsTable } from '../../db/schema/index.ts';

export type EndpointRow = Selectable<WebhookEndpointsTable>;
export type DeliveryRow = Selectable<WebhookDeliveriesTable>;
export type AttemptRow = Selectable<WebhookAttemptsTable>;

export async function insertEndpoint(db: Db, row: { organizationId: number; url: string; events: string[]; secret: string; now: number }): Promise<EndpointRow> {
  return db
    .insertInto('webhook_endpoints')
    .values({ organization_id: row.organizationId, url: row.url, events: JSON.stringify(row.events), secret: row.secret, created_at: row.now, deleted_at: null })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findEndpoints(db: Db, organizationId: number): Promise<EndpointRow[]> {
  return db.selectFrom('webhook_endpoints').selectAll().where('organization_id', '=', organizationId).where('deleted_at', 'is', null).orderBy('id').execute();
}

export async function findEndpoint(db: Db, organizationId: number, id: number): Promise<EndpointRow | undefined> {
  return db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

/** Removing an endpoint cancels what it has not received yet. */
export async function deleteEndpoint(db: Db, organizationId: number, id: number, now: number): Promise<boolean> {
  const result = await db
    .updateTable('webhook_endpoints')
    .set({ deleted_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  await db
    .updateTable('webhook_deliveries')
    .set({ status: 'cancelled', finished_at: now })
    .where('organization_id', '=', organizationId)
    .where('endpoint_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  return Number(result.numUpdatedRows) === 1;
}

/** The latest delivery of each endpoint (for the list's "last delivery status"). */
export async function findLatestDeliveries(db: Db, organizationId: number, endpointIds: number[]): Promise<DeliveryRow[]> {
  if (endpointIds.length === 0) return [];
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('webhook_deliveries as d')
        .select((e) => e.fn.max('d.id').as('id'))
        .where('d.organization_id', '=', organizationId)
        .where('d.endpoint_id', 'in', endpointIds)
        .groupBy('d.endpoint_id'),
    )
    .execute();
}

export async function insertDeliveries(db: Db, rows: Omit<DeliveryRow, 'id'>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('webhook_deliveries').values(rows).execute();
}

export async function findDeliveries(db: Db, organizationId: number, endpointId: number, limit: number): Promise<DeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('endpoint_id', '=', endpointId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function findAttempts(db: Db, organizationId: number, deliveryIds: number[]): Promise<AttemptRow[]> {
  if (deliveryIds.length === 0) return [];
  return db.selectFrom('webhook_attempts').selectAll().where('organization_id', '=', organizationId).where('delivery_id', 'in', deliveryIds).orderBy('id').execute();
}

/** Due deliveries not held by a live claim, oldest first (the order each endpoint receives them in). */
export async function findDueDeliveries(db: Db, now: number, limit: number): Promise<DeliveryRow[]> {
  return db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .orderBy('id')
    .limit(limit)
    .execute();
}

/**
 * Claims a delivery for one attempt: the update only matches while nobody else holds a live claim, so of
 * several instances exactly one gets it. The claim outlives the 10 s request timeout.
 */
export async function claimDelivery(db: Db, id: number, token: string, now: number, holdMs: number): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({ claimed_until: now + holdMs, claim_token: token })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface AttemptOutcome {
  at: number;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** Set when the delivery is finished (delivered or given up). */
  status: 'pending' | 'delivered' | 'failed';
  nextAttemptAt: number;
}

/** Records an attempt, only for the claim holder (a claim that expired meanwhile records nothing twice). */
export async function finishAttempt(db: Db, delivery: DeliveryRow, token: string, outcome: AttemptOutcome): Promise<boolean> {
  const result = await db
    .updateTable('webhook_deliveries')
    .set({
      status: outcome.status,
      attempts: delivery.attempts + 1,
      next_attempt_at: outcome.nextAttemptAt,
      claimed_until: null,
      claim_token: null,
      last_status_code: outcome.statusCode,
      last_error: outcome.error,
      finished_at: outcome.status === 'pending' ? null : outcome.at,
    })
    .where('id', '=', delivery.id)
    .where('claim_token', '=', token)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await db
    .insertInto('webhook_attempts')
    .values({
      organization_id: delivery.organization_id,
      delivery_id: delivery.id,
      attempted_at: outcome.at,
      status_code: outcome.statusCode,
      error: outcome.error,
      duration_ms: outcome.durationMs,
    })
    .execute();
  return true;
}

export async function findOrganizationZone(db: Db, organizationId: number): Promise<string | undefined> {
  const row = await db.selectFrom('organizations').select('time_zone').where('id', '=', organizationId).executeTakeFirst();
  return row?.time_zone;
}

/**
 * Endpoints by id for the delivery worker, which serves every organization of the instance (the ids come
 * from deliveries that carry their organization; nothing here is answered to a tenant).
 */
export async function findEndpointsByIds(db: Db, ids: number[]): Promise<EndpointRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('webhook_endpoints').selectAll().where('id', 'in', ids).execute();
}
