import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import { invalidParameter, missingParameter, notFound } from '../../domain/errors.ts';
import { isWebhookEvent, WEBHOOK_EVENTS, type WebhookEvent } from './webhook-events.ts';
import { checkWebhookUrl } from './webhook-urls.ts';
import { presentDelivery, presentEndpoint, type WireDelivery, type WireEndpoint } from './webhooks.presenter.ts';
import { deleteEndpoint, findAttempts, findDeliveries, findEndpoint, findEndpoints, findLatestDeliveries, findOrganizationZone, insertEndpoint } from './webhooks.repository.ts';

export interface WebhookInput {
  url: unknown;
  events: unknown;
  secret: unknown;
}

const MAX_ENDPOINTS = 20;
const DELIVERIES_SHOWN = 50;

function eventsOf(value: unknown): WebhookEvent[] {
  const list = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : []).map((v) => String(v).trim()).filter(Boolean);
  if (list.length === 0) throw missingParameter('events[]');
  for (const e of list) if (!isWebhookEvent(e)) throw invalidParameter('events[]', WEBHOOK_EVENTS);
  return [...new Set(list as WebhookEvent[])];
}

/** Registers an endpoint; the secret is shown in this answer only. */
export async function createWebhook(app: AppContext, organizationId: number, input: WebhookInput): Promise<WireEndpoint & { secret: string }> {
  if (typeof input.url !== 'string' || !input.url.trim()) throw missingParameter('url');
  const events = eventsOf(input.events);
  const verdict = await checkWebhookUrl(input.url.trim(), app.config.webhookAllowPrivate);
  if (!verdict.ok) throw invalidParameter('url', `an http(s) URL of a public address (${verdict.reason})`);
  let secret: string;
  if (input.secret === undefined || input.secret === null || input.secret === '') secret = `whsec_${randomBytes(24).toString('hex')}`;
  else if (typeof input.secret !== 'string' || input.secret.length < 16 || input.secret.length > 200) throw invalidParameter('secret', '16 to 200 characters');
  else secret = input.secret;
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
