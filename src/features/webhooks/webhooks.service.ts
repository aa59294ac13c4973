import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { invalidParameter, missingParameter, notFound } from '../../domain/errors.ts';
import { characterCount, fieldOf, fieldsOf, MAX_LIST_LENGTH, text, textAsSent } from '../../domain/params.ts';
import { isWebhookEvent, WEBHOOK_EVENTS, type WebhookEvent } from './webhook-events.ts';
import { checkWebhookUrl } from './webhook-urls.ts';
import { presentDelivery, presentEndpoint } from './webhooks.presenter.ts';
import type { WireDelivery, WireEndpoint } from './webhooks.schemas.ts';
import { deleteEndpoint, findAttempts, findDeliveries, findEndpoint, findEndpoints, findLatestDeliveries, findOrganizationZone, insertEndpoint } from './webhooks.repository.ts';

export interface WebhookInput {
  readonly url: string;
  readonly events: WebhookEvent[];
  /** Generated when not sent. */
  readonly secret?: string | undefined;
}

const MAX_ENDPOINTS = 20;
const DELIVERIES_SHOWN = 50;

/** `events[]=a&events[]=b`, a JSON array or `a,b`: each item by the one rule of params.ts (last value, no objects). */
function eventsOf(value: unknown): WebhookEvent[] {
  const top = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  if (top.length > MAX_LIST_LENGTH) throw invalidParameter('events[]', `at most ${MAX_LIST_LENGTH} items`);
  const list = top.flatMap((v) => (textAsSent('events[]', v) ?? '').split(',')).map((v) => v.trim()).filter(Boolean);
  if (list.length === 0) throw missingParameter('events[]');
  for (const e of list) if (!isWebhookEvent(e)) throw invalidParameter('events[]', WEBHOOK_EVENTS);
  return [...new Set(list as WebhookEvent[])];
}

/** `url`, `events[]`, `secret` flat or nested under `webhook` (JSON or form, like the other admin routes). Pure. */
export function parseWebhookInput(body: unknown): WebhookInput {
  const outer = fieldsOf(body);
  const inner = fieldOf(outer, 'webhook');
  const f = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? fieldsOf(inner) : outer;
  const url = text('url', fieldOf(f, 'url'));
  if (url === undefined) throw missingParameter('url');
  const secret = textAsSent('secret', fieldOf(f, 'secret'));
  if (secret !== undefined && secret !== '' && (characterCount(secret) < 16 || characterCount(secret) > 200)) throw invalidParameter('secret', '16 to 200 characters');
  return { url, events: eventsOf(fieldOf(f, 'events') ?? fieldOf(f, 'events[]')), secret: secret || undefined };
}

/** Registers an endpoint; the secret is shown in this answer only. */
export async function createWebhook(app: AppContext, organizationId: number, input: WebhookInput): Promise<WireEndpoint & { secret: string }> {
  const { events } = input;
  const verdict = await checkWebhookUrl(input.url, app.config.webhookAllowPrivate);
  if (!verdict.ok) throw invalidParameter('url', `an http(s) URL of a public address (${verdict.reason})`);
  const secret = input.secret ?? `whsec_${randomBytes(24).toString('hex')}`;
  const { db } = app.database;
  if ((await findEndpoints(db, organizationId)).length >= MAX_ENDPOINTS) throw invalidParameter('url', `at most ${MAX_ENDPOINTS} endpoints`);
  const row = await insertEndpoint(db, { organizationId, url: verdict.url.toString(), events, secret, now: app.clock() });
  const zone = (await findOrganizationZone(db, organizationId)) ?? 'Asia/Shanghai';
  return { ...presentEndpoint(row, undefined, zone), secret };
}

export async function listWebhooks(app: AppContext, organizationId: number): Promise<{ webhooks: WireEndpoint[] }> {
  const { db } = app.database;
  const endpoints = await findEndpoints(db, organizationId);
  const latest = new Map((await findLatestDeliveries(db, organizationId, endpoints.map((e) => e.id))).map((d) => [d.endpoint_id, d]));
  const zone = (await findOrganizationZone(db, organizationId)) ?? 'Asia/Shanghai';
  return { webhooks: endpoints.map((e) => presentEndpoint(e, latest.get(e.id), zone)) };
}

export async function removeWebhook(app: AppContext, organizationId: number, id: number): Promise<{ id: number }> {
  const removed = await app.database.db.transaction().execute((trx) => deleteEndpoint(trx, organizationId, id, app.clock()));
  if (!removed) throw notFound();
  return { id };
}

export async function listWebhookDeliveries(app: AppContext, organizationId: number, id: number): Promise<{ deliveries: WireDelivery[] }> {
  const { db } = app.database;
  if (!(await findEndpoint(db, organizationId, id))) throw notFound();
  const deliveries = await findDeliveries(db, organizationId, id, DELIVERIES_SHOWN);
  const attempts = await findAttempts(db, organizationId, deliveries.map((d) => d.id));
  const zone = (await findOrganizationZone(db, organizationId)) ?? 'Asia/Shanghai';
  return { deliveries: deliveries.map((d) => presentDelivery(d, attempts.filter((a) => a.delivery_id === d.id), zone)) };
}
