import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { typed } from '../../http/type-provider.ts';
import { adminCtx } from '../admin/admin.routes.ts';
import { Envelope, ID_SEGMENT } from '../../http/schemas.ts';
import { IdParams } from '../directory/directory.schemas.ts';
import { WireDeliverySchema, WireEndpointSchema } from './webhooks.schemas.ts';
import { createWebhook, parseWebhookInput, listWebhookDeliveries, listWebhooks, removeWebhook } from './webhooks.service.ts';

export function webhookRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const base = '/api/v2/admin/webhooks';
  const tags = ['admin', 'webhooks'];
  app.post(base, { schema: { tags, summary: 'register a webhook endpoint', body: Type.Optional(Type.Object({}, { additionalProperties: true })) } }, async (request) => {
    const c = adminCtx(request);
    return ok(await createWebhook(ctx, c.organization.id, parseWebhookInput(request.body)));
  });
  app.get(base, { schema: { tags, summary: 'webhook endpoints with their last delivery', response: { 200: Envelope(Type.Object({ webhooks: Type.Array(WireEndpointSchema) }, { additionalProperties: false })) } } }, async (request) => ok(await listWebhooks(ctx, adminCtx(request).organization.id)));
  app.delete(`${base}/${ID_SEGMENT}`, { schema: { tags, summary: 'remove an endpoint (pending deliveries are cancelled)', params: IdParams } }, async (request) =>
    ok(await removeWebhook(ctx, adminCtx(request).organization.id, requiredId('id', request.params.id))),
  );
  app.get(`${base}/${ID_SEGMENT}/deliveries`, { schema: { tags, summary: 'the latest deliveries of an endpoint with their attempts', params: IdParams, response: { 200: Envelope(Type.Object({ deliveries: Type.Array(WireDeliverySchema) }, { additionalProperties: false })) } } }, async (request) =>
    ok(await listWebhookDeliveries(ctx, adminCtx(request).organization.id, requiredId('id', request.params.id))),
  );
}
