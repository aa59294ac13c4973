import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { fieldOf, fieldsOf, requiredId } from '../../domain/params.ts';
import { ok } from '../../http/envelope.ts';
import { ctxOf } from '../../http/request-meta.ts';
import { ADMIN_ERRORS, errorsOf, TOKEN_ERRORS, type ErrorCode } from '../../http/route-errors.ts';
import { Envelope, ID_SEGMENT, IdOnly } from '../../http/schemas.ts';
import { typed } from '../../http/type-provider.ts';
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
import { CustomFieldGroupSchema, CustomFieldSchema } from './custom-fields.schemas.ts';

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

const AnyBody = Type.Optional(Type.Object({}, { additionalProperties: true }));
const idOf = (request: { params: { id: string } }) => requiredId('id', request.params.id);
const tags = ['custom_fields'];
const FieldResponse = (...codes: ErrorCode[]) => ({ 200: Envelope(CustomFieldSchema), ...errorsOf(ADMIN_ERRORS, codes) });

export function customFieldRoutes(fastify: FastifyInstance, ctx: AppContext): void {
  const app = typed(fastify);
  const base = '/api/v2/admin/custom_fields';
  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'custom fields of one entity (?entity=), disabled ones included',
        // Unknown, not QueryValue: an `entity[x]=` is answered by parseCustomFieldEntity with the accepted values.
        querystring: Type.Object({ entity: Type.Optional(Type.Unknown()) }, { additionalProperties: true }),
        response: { 200: Envelope(Type.Object({ custom_fields: Type.Array(CustomFieldSchema) }, { additionalProperties: false })), ...errorsOf(ADMIN_ERRORS) },
      },
    },
    async (request) => {
      const c = adminCtx(request);
      return ok({ custom_fields: await adminListCustomFields(ctx, c.organization.id, request.query.entity) });
    },
  );
  app.post(
    base,
    { schema: { tags, summary: 'define a field: entity, label, label_en, type, options[], required, position, enabled, key?', body: AnyBody, response: FieldResponse() } },
    async (request) => ok(await adminCreateCustomField(ctx, adminCtx(request).organization.id, customFieldInput(request.body))),
  );
  app.put(
    `${base}/${ID_SEGMENT}`,
    { schema: { tags, summary: 'change label, options, required, position, enabled', params: IdParams, body: AnyBody, response: FieldResponse(100100) } },
    async (request) => ok(await adminUpdateCustomField(ctx, adminCtx(request).organization.id, idOf(request), customFieldInput(request.body))),
  );
  app.delete(
    `${base}/${ID_SEGMENT}`,
    { schema: { tags, summary: 'hide a field (its values stay stored)', params: IdParams, response: { 200: Envelope(IdOnly), ...errorsOf(ADMIN_ERRORS, 100100) } } },
    async (request) => ok(await adminDeleteCustomField(ctx, adminCtx(request).organization.id, idOf(request))),
  );
  app.get(
    '/api/v2/custom_fields/:entity/by_group',
    {
      schema: {
        tags,
        summary: 'enabled custom fields of an entity, grouped as IKCRM lists them',
        params: Type.Object({ entity: Type.String() }),
        querystring: AnyQuery,
        response: { 200: Envelope(Type.Array(CustomFieldGroupSchema)), ...errorsOf(TOKEN_ERRORS) },
      },
    },
    async (request) => ok(await customFieldsByGroup(ctx.database.db, ctxOf(request).organization.id, request.params.entity)),
  );
}
