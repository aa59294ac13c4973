import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { AnyQuery } from '../directory/directory.schemas.ts';
import { fieldMaps } from './field-maps.service.ts';

export const FieldValue = Type.Object({
  id: Type.String(),
  value: Type.String(),
  status: Type.Union([Type.Literal('enabled'), Type.Literal('disabled')]),
  i18n: Type.Object({ zh: Type.String(), en: Type.String() }),
  position: Type.Integer(),
  enabled: Type.Boolean(),
});

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
        response: {
          200: Envelope(
            Type.Object({
              entity: Type.String(),
              field_values: Type.Array(FieldValue),
              fields: Type.Array(Type.Object({ field_name: Type.String(), field_key: Type.String(), field_values: Type.Array(FieldValue) })),
            }),
          ),
        },
      },
    },
    async (request) => ok(await fieldMaps(ctx, ctxOf(request), request.params.entity)),
  );
}
