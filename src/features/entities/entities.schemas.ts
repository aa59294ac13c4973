import { Type, type Static } from '@sinclair/typebox';
import { parsePaging, type Paging } from '../../domain/paging.ts';
import { clientTime, fieldsOf, id, idFilter, isBareDay, oneOf, text } from '../../domain/params.ts';
import { QueryValue } from '../../http/schemas.ts';
import type { EntityDescriptor } from './entity-descriptors.ts';

/** The part every entity item shares; the rest varies per entity (descriptor-driven) and is let through. */
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

const TimeRange = Type.Object({ from: Type.Optional(QueryValue), to: Type.Optional(QueryValue) }, { additionalProperties: true });

export type EntityItem = Static<typeof EntitySchema>;

export const EntityListQuerySchema = Type.Object(
  {
    page: Type.Optional(QueryValue),
    per_page: Type.Optional(QueryValue),
    sort: Type.Optional(QueryValue),
    order: Type.Optional(QueryValue),
    user_id: Type.Optional(QueryValue),
    department_id: Type.Optional(QueryValue),
    updated_at: Type.Optional(Type.Union([QueryValue, TimeRange])),
    updated_at_from: Type.Optional(QueryValue),
    updated_at_to: Type.Optional(QueryValue),
    name: Type.Optional(QueryValue),
    title: Type.Optional(QueryValue),
    customer_id: Type.Optional(QueryValue),
  },
  { additionalProperties: true },
);

export type EntityListParams = Static<typeof EntityListQuerySchema>;

export const ENTITY_SORTS = ['updated_at', 'created_at', 'real_revisit_at'] as const;

export interface EntityListQuery {
  readonly paging: Paging;
  readonly sort: (typeof ENTITY_SORTS)[number];
  readonly order: 'asc' | 'desc';
  readonly departmentId?: number | undefined;
  readonly userIds?: number[] | undefined;
  readonly updatedFrom?: number | undefined;
  readonly updatedTo?: number | undefined;
  readonly name?: string | undefined;
  readonly customerId?: number | undefined;
}

const DAY_MS = 86_400_000;

/** `2024-05-01` as an upper bound means the whole day (inclusive, like new_index's date filters). */
function timeBound(name: string, value: unknown, zone: string, end: boolean): number | undefined {
  const at = clientTime(name, value, zone);
  if (at === undefined) return undefined;
  return end && isBareDay(text(name, value)!) ? at + DAY_MS - 1 : at;
}

export function parseEntityListQuery(d: EntityDescriptor, query: EntityListParams, zone: string): EntityListQuery {
  // `updated_at[from]=…&updated_at[to]=…` (Rails-style) or the flat `updated_at_from` / `updated_at_to`.
  const range = fieldsOf(query.updated_at);
  return {
    paging: parsePaging(query),
    sort: oneOf('sort', query.sort, ENTITY_SORTS, 'updated_at'),
    order: oneOf('order', query.order, ['asc', 'desc'] as const, 'desc'),
    departmentId: id('department_id', query.department_id),
    userIds: idFilter('user_id', query.user_id),
    updatedFrom: timeBound('updated_at_from', query.updated_at_from ?? range.from, zone, false),
    updatedTo: timeBound('updated_at_to', query.updated_at_to ?? range.to, zone, true),
    name: text('name', query.name ?? (d.labelColumn === 'title' ? query.title : undefined)),
    customerId: d.belongsToCustomer ? id('customer_id', query.customer_id) : undefined,
  };
}
