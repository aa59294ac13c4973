import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { adminCtx } from '../admin/admin.routes.ts';
import { Envelope, ID_SEGMENT } from '../../http/schemas.ts';
import { IdParams } from '../directory/directory.schemas.ts';
import { WireDeliverySchema, WireEndpointSchema } from './webhooks.schemas.ts';
import { createWebhook, listWebhookDeliveries, listWebhooks, removeWebhook } from './webhooks.service.ts';

type Fields = Record<string, unknown>;

/** `url`, `events[]`, `secret` flat or nested under `webhook` (JSON or form, like the other admin routes). */
function fieldsOf(request: FastifyRequest): Fields {
  const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as Fields;
  const inner = body.webhook;
  return typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? (inner as Fields) : body;
}

const idOf = (request: FastifyRequest) => requiredId('id', (request.params as { id: string }).id);

export function webhookRoutes(app: FastifyInstance, ctx: AppContext): void {
  const base = '/api/v2/admin/webhooks';
  const tags = ['admin', 'webhooks'];
  app.post(base, { schema: { tags, summary: 'register a webhook endpoint', body: Type.Optional(Type.Object({}, { additionalProperties: true })) } }, async (request) => {
    const c = adminCtx(request);
    const f = fieldsOf(request);
    return ok(await createWebhook(ctx, c.organization.id, { url: f.url, events: f.events ?? f['events[]'], secret: f.secret }));
  });
  app.get(base, { schema: { tags, summary: 'webhook endpoints with their last delivery', response: { 200: Envelope(Type.Object({ webhooks: Type.Array(WireEndpointSchema) }, { additionalProperties: false })) } } }, async (request) => ok(await listWebhooks(ctx, adminCtx(request).organization.id)));
  app.delete(`${base}/${ID_SEGMENT}`, { schema: { tags, summary: 'remove an endpoint (pending deliveries are cancelled)', params: IdParams } }, async (request) =>
    ok(await removeWebhook(ctx, adminCtx(request).organization.id, idOf(request))),
  );
  app.get(`${base}/${ID_SEGMENT}/deliveries`, { schema: { tags, summary: 'the latest deliveries of an endpoint with their attempts', params: IdParams, response: { 200: Envelope(Type.Object({ deliveries: Type.Array(WireDeliverySchema) }, { additionalProperties: false })) } } }, async (request) =>
    ok(await listWebhookDeliveries(ctx, adminCtx(request).organization.id, idOf(request))),
  );
}
