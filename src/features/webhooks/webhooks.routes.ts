import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { ADMIN_ERRORS, errorsOf } from '../../http/route-errors.ts';
import { Envelope, ID_SEGMENT, IdOnly } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { adminCtx } from '../admin/admin.routes.ts';
import { IdParams } from '../directory/directory.schemas.ts';
import { CreatedEndpointSchema, WireDeliverySchema, WireEndpointSchema } from './webhooks.schemas.ts';
import { createWebhook, parseWebhookInput, listWebhookDeliveries, listWebhooks, removeWebhook } from './webhooks.service.ts';

const strict = { additionalProperties: false } as const;

export function webhookRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const base = '/api/v2/admin/webhooks';
  const tags = ['admin', 'webhooks'];
  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'register a webhook endpoint (url, events[], secret?); the secret is shown in this answer only',
        body: Type.Optional(Type.Object({}, { additionalProperties: true })),
        response: { 200: Envelope(CreatedEndpointSchema), ...errorsOf(ADMIN_ERRORS) },
      },
    },
    async (request) => {
      const c = adminCtx(request);
      return ok(await createWebhook(ctx, c.organization.id, parseWebhookInput(request.body)));
    },
  );
  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'webhook endpoints with their last delivery',
        response: { 200: Envelope(Type.Object({ webhooks: Type.Array(WireEndpointSchema) }, strict)), ...errorsOf(ADMIN_ERRORS) },
      },
    },
    async (request) => ok(await listWebhooks(ctx, adminCtx(request).organization.id)),
  );
  app.delete(
    `${base}/${ID_SEGMENT}`,
    {
      schema: {
        tags,
        summary: 'remove an endpoint (pending deliveries are cancelled)',
        params: IdParams,
        response: { 200: Envelope(IdOnly), ...errorsOf(ADMIN_ERRORS, 100100) },
      },
    },
    async (request) => ok(await removeWebhook(ctx, adminCtx(request).organization.id, requiredId('id', request.params.id))),
  );
  app.get(
    `${base}/${ID_SEGMENT}/deliveries`,
    {
      schema: {
        tags,
        summary: 'the latest deliveries of an endpoint with their attempts',
        params: IdParams,
        response: { 200: Envelope(Type.Object({ deliveries: Type.Array(WireDeliverySchema) }, strict)), ...errorsOf(ADMIN_ERRORS, 100100) },
      },
    },
    async (request) => ok(await listWebhookDeliveries(ctx, adminCtx(request).organization.id, requiredId('id', request.params.id))),
  );
}
