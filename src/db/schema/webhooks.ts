import type { Generated } from 'kysely';

export interface WebhookEndpointsTable {
  id: Generated<number>;
  organization_id: number;
  url: string;
  /** JSON array of event names. */
  events: string;
  secret: string;
  created_at: number;
  deleted_at: number | null;
}

/** An event, written in the transaction of its change; `dispatched_at` once turned into deliveries. */
export interface OutboxEventsTable {
  id: Generated<number>;
  organization_id: number;
  event: string;
  revisit_log_id: number;
  comment_id: number | null;
  /** Whom a mention or reminder is for. */
  user_id: number | null;
  created_at: number;
  dispatched_at: number | null;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed' | 'cancelled';

export interface WebhookDeliveriesTable {
  id: Generated<number>;
  organization_id: number;
  endpoint_id: number;
  /** The id receivers see (body `id`, X-Genjin-Delivery): the same on every retry. */
  public_id: string;
  event: string;
  /** The exact body sent on every attempt. */
  body: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: number;
  claimed_until: number | null;
  claim_token: string | null;
  last_status_code: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

export interface WebhookAttemptsTable {
  id: Generated<number>;
  organization_id: number;
  delivery_id: number;
  attempted_at: number;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
}
