import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { fieldOf, fieldsOf, requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { Envelope, ID_SEGMENT } from '../../http/schemas.ts';
import { adminCtx } from '../admin/admin.routes.ts';
import { AnyQuery, IdParams } from '../directory/directory.schemas.ts';
import {
  adminCreateCustomField,
  adminDeleteCustomField,
  adminListCustomFields,
  adminUpdateCustomField,
  customFieldsByGroup,
  type CustomFieldInput,
} from './custom-fields.service.ts';

/** Fields flat or nested under `custom_field[…]`, like the rest of the admin API. */
export function customFieldInput(body: unknown): CustomFieldInput {
  const outer = fieldsOf(body);
  const inner = fieldOf(outer, 'custom_field');
  const f = typeof inner === 'object' && inner !== null && !Array.isArray(inner) ? fieldsOf(inner) : outer;
  // `options[]=a&options[]=b` arrives as `options`; a JSON body may send it either way.
  return {
    entity: fieldOf(f, 'entity'),
    key: fieldOf(f, 'key'),
    label: fieldOf(f, 'label'),
    labelEn: fieldOf(f, 'label_en'),
    type: fieldOf(f, 'type'),
    options: fieldOf(f, 'options') ?? fieldOf(f, 'options[]'),
    required: fieldOf(f, 'required'),
    position: fieldOf(f, 'position'),
    enabled: fieldOf(f, 'enabled'),
  };
}

const WireCustomField = Type.Object(
  {
    id: Type.Integer(),
    entity: Type.String(),
    key: Type.String(),
    name: Type.String(),
    label: Type.String(),
    label_en: Type.Union([Type.String(), Type.Null()]),
    type: Type.String(),
    options: Type.Array(Type.String()),
    required: Type.Boolean(),
    position: Type.Integer(),
    enabled: Type.Boolean(),
  },
  { additionalProperties: false },
);
const AnyBody = Type.Optional(Type.Object({}, { additionalProperties: true }));
const idOf = (request: FastifyRequest) => requiredId('id', (request.params as { id: string }).id);
const tags = ['custom_fields'];

export function customFieldRoutes(app: FastifyInstance, ctx: AppContext): void {
  const base = '/api/v2/admin/custom_fields';
  app.get(base, { schema: { tags, summary: 'custom fields of one entity (?entity=), disabled ones included', querystring: AnyQuery, response: { 200: Envelope(Type.Object({ custom_fields: Type.Array(WireCustomField) }, { additionalProperties: false })) } } }, async (request) => {
    const c = adminCtx(request);
    return ok({ custom_fields: await adminListCustomFields(ctx, c.organization.id, fieldOf(fieldsOf(request.query), 'entity')) });
  });
  app.post(
    base,
    { schema: { tags, summary: 'define a field: entity, label, label_en, type, options[], required, position, enabled, key?', body: AnyBody } },
    async (request) => ok(await adminCreateCustomField(ctx, adminCtx(request).organization.id, customFieldInput(request.body))),
  );
  app.put(`${base}/${ID_SEGMENT}`, { schema: { tags, summary: 'change label, options, required, position, enabled', params: IdParams, body: AnyBody } }, async (request) =>
    ok(await adminUpdateCustomField(ctx, adminCtx(request).organization.id, idOf(request), customFieldInput(request.body))),
  );
  app.delete(`${base}/${ID_SEGMENT}`, { schema: { tags, summary: 'hide a field (its values stay stored)', params: IdParams } }, async (request) =>
    ok(await adminDeleteCustomField(ctx, adminCtx(request).organization.id, idOf(request))),
  );
  app.get(
    '/api/v2/custom_fields/:entity/by_group',
    {
      schema: {
        tags,
        summary: 'enabled custom fields of an entity, grouped as IKCRM lists them',
        params: Type.Object({ entity: Type.String() }),
        querystring: AnyQuery,
        response: {
          200: Type.Object({
            code: Type.Literal(0),
            data: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), name_en: Type.String(), custom_fields: Type.Array(WireCustomField) })),
          }),
        },
      },
    },
    async (request) => ok(await customFieldsByGroup(ctx.database.db, ctxOf(request).organization.id, (request.params as { entity: string }).entity)),
  );
}
