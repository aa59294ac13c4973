import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { errorsOf, TOKEN_ERRORS, type ErrorCode } from '../../http/route-errors.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope, ID_SEGMENT, IdOnly } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
import { AnyQuery, IdParams, PageFields } from '../directory/directory.schemas.ts';
import { EntityListQuerySchema, EntitySchema, parseByNameQuery, parseDuplicatesQuery, parseEntityListQuery } from './entities.schemas.ts';
import { entitiesByName, getEntity, listEntities, searchDuplicates } from './entities.service.ts';
import { createEntity, deleteEntity, updateEntityFromInput } from './entities.write-service.ts';
import { ENTITY_DESCRIPTORS } from './entity-descriptors.ts';
import { parseEntityInput } from './entity-input.ts';

/** Fields nested as `<singular>[…]` or flat; parsed by parseEntityInput (100406 per field). */
const AnyBody = Type.Object({}, { additionalProperties: true });

export function entityRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  for (const d of ENTITY_DESCRIPTORS) {
    const base = `/api/v2/${d.plural}`;
    const one = `${base}/${ID_SEGMENT}`;
    const tags = [d.plural];
    const listResponse = { 200: Envelope(Type.Object({ [d.plural]: Type.Array(EntitySchema), ...PageFields })), ...errorsOf(TOKEN_ERRORS) };
    const oneResponse = (...codes: ErrorCode[]) => ({ 200: Envelope(EntitySchema), ...errorsOf(TOKEN_ERRORS, codes) });
    app.get(
      base,
      {
        schema: {
          tags,
          summary: `${d.plural}: filters user_id, department_id (with sub-departments), updated_at range or bare day, name, status/stage/category option ids, approve_status, custom-field keys; sort/order`,
          querystring: EntityListQuerySchema,
          response: listResponse,
        },
      },
      async (request) => {
        const c = ctxOf(request);
        return ok(await listEntities(ctx, c, d, parseEntityListQuery(d, request.query, c.organization.timeZone)));
      },
    );
    // Named sub-paths beside `:id` (digits only), so they never read as an id.
    if (d.table === 'customers' || d.table === 'leads') {
      app.get(
        `${base}/by_name`,
        { schema: { tags, summary: `${d.plural} named exactly \`name\`, within your scope; a list page`, querystring: EntityListQuerySchema, response: listResponse } },
        async (request) => {
          const c = ctxOf(request);
          return ok(await entitiesByName(ctx, c, d, parseByNameQuery(d, request.query, c.organization.timeZone)));
        },
      );
    }
    app.get(
      `${base}/search_duplicates`,
      {
        schema: {
          tags,
          summary: `${d.plural} whose name or phone contains \`name\` / \`phone\`, within your scope, exact matches first`,
          querystring: EntityListQuerySchema,
          response: listResponse,
        },
      },
      async (request) => {
        const c = ctxOf(request);
        return ok(await searchDuplicates(ctx, c, d, parseDuplicatesQuery(d, request.query, c.organization.timeZone)));
      },
    );
    app.get(one, { schema: { tags, params: IdParams, querystring: AnyQuery, response: oneResponse(100100) } }, async (request) =>
      ok(await getEntity(ctx, ctxOf(request), d, requiredId('id', request.params.id))),
    );
    app.post(base, { schema: { tags, summary: `create; fields nested as ${d.singular}[…] or flat`, body: AnyBody, response: oneResponse() } }, async (request) =>
      ok(await createEntity(ctx, ctxOf(request), d, parseEntityInput(d, request.body, 'create'))),
    );
    // IKCRM clients update with PUT and with POST to the record's URL: both are the same update.
    for (const method of ['PUT', 'POST'] as const) {
      app.route({
        method,
        url: one,
        schema: { tags, params: IdParams, body: AnyBody, response: oneResponse(100100) },
        handler: async (request) =>
          ok(await updateEntityFromInput(ctx, ctxOf(request), d, requiredId('id', request.params.id), parseEntityInput(d, request.body, 'update'))),
      });
    }
    app.delete(
      one,
      { schema: { tags, summary: 'soft delete', params: IdParams, response: { 200: Envelope(IdOnly), ...errorsOf(TOKEN_ERRORS, 100100) } } },
      async (request) => ok(await deleteEntity(ctx, ctxOf(request), d, requiredId('id', request.params.id))),
    );
  }
}
