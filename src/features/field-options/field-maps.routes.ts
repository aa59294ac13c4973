import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS } from '../../http/route-errors.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { AnyQuery } from '../directory/directory.schemas.ts';
import { FieldMapsSchema } from './field-maps.schemas.ts';
import { fieldMaps } from './field-maps.service.ts';

export function fieldMapRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  app.get(
    '/api/v2/field_maps/:entity',
    {
      schema: {
        tags: ['options'],
        summary: 'Option sets of an entity (revisit_log, lead, customer, opportunity, contract)',
        params: Type.Object({ entity: Type.String() }),
        querystring: AnyQuery,
        response: { 200: Envelope(FieldMapsSchema), ...errorsOf(TOKEN_ERRORS) },
      },
    },
    async (request) => ok(await fieldMaps(ctx, ctxOf(request), request.params.entity)),
  );
}
