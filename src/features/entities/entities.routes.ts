import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope } from '../../http/schemas.ts';
import { AnyQuery, IdParams, PageFields } from '../directory/directory.schemas.ts';
import { entitiesByName, getEntity, listEntities, searchDuplicates } from './entities.service.ts';
import { createEntity, deleteEntity, updateEntityFromBody } from './entities.write-service.ts';
import { ENTITY_DESCRIPTORS } from './entity-descriptors.ts';

// Items vary per entity (descriptor-driven); the schema documents the shared part and lets the rest through.
export const EntitySchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    user_id: Type.Integer(),
    user_name: Type.String(),
    approve_status: Type.String(),
    approve_status_i18n: Type.String(),
    real_revisit_at: Type.Union([Type.String(), Type.Null()]),
    revisit_logs_count: Type.Integer(),
    created_at: Type.String(),
    updated_at: Type.String(),
  },
  { additionalProperties: true },
);

const AnyBody = Type.Optional(Type.Object({}, { additionalProperties: true }));
const idOf = (request: FastifyRequest) => requiredId('id', (request.params as { id: string }).id);

export function entityRoutes(app: FastifyInstance, ctx: AppContext): void {
  for (const d of ENTITY_DESCRIPTORS) {
    const base = `/api/v2/${d.plural}`;
    const tags = [d.plural];
    const one = { 200: Envelope(EntitySchema) };
    app.get(
      base,
      {
        schema: {
          tags,
          summary: `${d.plural}: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order`,
          querystring: AnyQuery,
          response: { 200: Envelope(Type.Object({ [d.plural]: Type.Array(EntitySchema), ...PageFields })) },
        },
      },
      async (request) => ok(await listEntities(ctx, ctxOf(request), d, request.query as Record<string, unknown>)),
    );
    // Named sub-paths beside `:id`: the router prefers a static segment over a parameter, whatever the order.
    const listResponse = { 200: Envelope(Type.Object({ [d.plural]: Type.Array(EntitySchema), ...PageFields })) };
    if (d.table === 'customers' || d.table === 'leads') {
      app.get(
        `${base}/by_name`,
        { schema: { tags, summary: `${d.plural} named exactly \`name\`, within your scope; a list page`, querystring: AnyQuery, response: listResponse } },
        async (request) => ok(await entitiesByName(ctx, ctxOf(request), d, request.query as Record<string, unknown>)),
      );
    }
    app.get(
      `${base}/search_duplicates`,
      {
        schema: {
          tags,
          summary: `${d.plural} whose name or phone contains \`name\` / \`phone\`, within your scope, exact matches first`,
          querystring: AnyQuery,
          response: listResponse,
        },
      },
      async (request) => ok(await searchDuplicates(ctx, ctxOf(request), d, request.query as Record<string, unknown>)),
    );
    app.get(`${base}/:id`, { schema: { tags, params: IdParams, querystring: AnyQuery, response: one } }, async (request) =>
      ok(await getEntity(ctx, ctxOf(request), d, idOf(request))),
    );
    app.post(base, { schema: { tags, summary: `create; fields nested as ${d.singular}[…] or flat`, body: AnyBody, response: one } }, async (request) =>
      ok(await createEntity(ctx, ctxOf(request), d, request.body)),
    );
    // IKCRM clients update with PUT and with POST to the record's URL (README: client compatibility): both are the same update.
    for (const method of ['PUT', 'POST'] as const) {
      app.route({
        method,
        url: `${base}/:id`,
        schema: { tags, params: IdParams, body: AnyBody, response: one },
        handler: async (request) => ok(await updateEntityFromBody(ctx, ctxOf(request), d, idOf(request), request.body)),
      });
    }
    app.delete(
      `${base}/:id`,
      { schema: { tags, summary: 'soft delete', params: IdParams, response: { 200: Envelope(Type.Object({ id: Type.Integer() })) } } },
      async (request) => ok(await deleteEntity(ctx, ctxOf(request), d, idOf(request))),
    );
  }
}
