import { Type, type Static } from '@sinclair/typebox';
import { parsePaging, type Paging } from '../../domain/paging.ts';
import { APPROVE_STATUSES } from '../../domain/approve-status.ts';
import { invalidParameter } from '../../domain/errors.ts';
import {
  clientTime,
  fieldOf,
  fieldsOf,
  id,
  idFilter,
  isBareDay,
  MAX_LIST_LENGTH,
  oneOf,
  requiredText,
  text,
  textAsSent,
  type Fields,
} from '../../domain/params.ts';
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
    approve_status: Type.Optional(QueryValue),
    phone: Type.Optional(QueryValue),
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
  /** Option-id filters by column (`status`, `stage`, `category`): any of the ids. */
  readonly optionIds: Readonly<Record<string, readonly number[]>>;
  readonly approveStatuses?: readonly string[] | undefined;
  /** The parameters as sent, for custom-field filters: their names depend on stored definitions. */
  readonly customParams: Fields;
}

const DAY_MS = 86_400_000;
/** Names and phones searched for: longer than any stored label (255), and SQLite refuses very long LIKE patterns. */
const MAX_SEARCH_TEXT = 255;

/** `2024-05-01` as an upper bound means the whole day (inclusive, like new_index's date filters). */
function timeBound(name: string, value: unknown, zone: string, end: boolean): number | undefined {
  const at = clientTime(name, value, zone);
  if (at === undefined) return undefined;
  return end && isBareDay(text(name, value)!) ? at + DAY_MS - 1 : at;
}

/** A bare `updated_at=2026-11-12` is that whole day in the organization's zone (clients sync day by day). */
function wholeDay(name: string, value: unknown, zone: string): { from?: number | undefined; to?: number | undefined } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return {};
  const raw = text(name, value);
  if (raw === undefined) return {};
  if (!isBareDay(raw)) throw invalidParameter(name, 'YYYY-MM-DD');
  return { from: timeBound(name, raw, zone, false), to: timeBound(name, raw, zone, true) };
}

const latest = (...values: (number | undefined)[]) => values.reduce<number | undefined>((a, b) => (b === undefined ? a : a === undefined ? b : Math.max(a, b)), undefined);
const earliest = (...values: (number | undefined)[]) => values.reduce<number | undefined>((a, b) => (b === undefined ? a : a === undefined ? b : Math.min(a, b)), undefined);

/** `approve_status=draft,applying` or `approve_status[]=…`: any of them; an empty list filters nothing. */
function approveStatuses(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  const top = Array.isArray(value) ? value : [value];
  if (top.length > MAX_LIST_LENGTH) throw invalidParameter('approve_status', `at most ${MAX_LIST_LENGTH} items`);
  const parts = top.flatMap((v) => (textAsSent('approve_status', v) ?? '').split(',')).map((v) => v.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  return [...new Set(parts.map((p) => oneOf('approve_status', p, APPROVE_STATUSES)!))];
}

/**
 * The list's filters. A parameter the list does not know is ignored (as IKCRM does), but every filter it
 * does know is applied or rejected with 100406: a silently ignored filter would answer wrong data.
 */
export function parseEntityListQuery(d: EntityDescriptor, query: EntityListParams, zone: string): EntityListQuery {
  // `updated_at[from]=…&updated_at[to]=…` (Rails-style), the flat `updated_at_from` / `updated_at_to`, or a bare day.
  const range = fieldsOf(query.updated_at);
  const day = wholeDay('updated_at', query.updated_at, zone);
  const fields = fieldsOf(query);
  const optionIds: Record<string, readonly number[]> = {};
  for (const column of [d.stateColumn, ...d.extras.filter((x) => x.kind === 'option').map((x) => x.column)]) {
    if (!column) continue;
    const ids = idFilter(column, fieldOf(fields, column));
    if (ids) optionIds[column] = ids;
  }
  return {
    paging: parsePaging(query),
    sort: oneOf('sort', query.sort, ENTITY_SORTS, 'updated_at'),
    order: oneOf('order', query.order, ['asc', 'desc'] as const, 'desc'),
    departmentId: id('department_id', query.department_id),
    userIds: idFilter('user_id', query.user_id),
    updatedFrom: latest(timeBound('updated_at_from', query.updated_at_from ?? range.from, zone, false), day.from),
    updatedTo: earliest(timeBound('updated_at_to', query.updated_at_to ?? range.to, zone, true), day.to),
    name: text('name', query.name ?? (d.labelColumn === 'title' ? query.title : undefined), MAX_SEARCH_TEXT),
    customerId: d.belongsToCustomer ? id('customer_id', query.customer_id) : undefined,
    optionIds,
    approveStatuses: approveStatuses(query.approve_status),
    customParams: fields,
  };
}

/** `by_name`: the list's filters and the exact label, required. */
export function parseByNameQuery(d: EntityDescriptor, query: EntityListParams, zone: string): { list: EntityListQuery; name: string } {
  return { list: parseEntityListQuery(d, query, zone), name: requiredText('name', query.name, MAX_SEARCH_TEXT) };
}

/** `search_duplicates`: the list's filters and the name and/or phone to look for (one at least). */
export function parseDuplicatesQuery(
  d: EntityDescriptor,
  query: EntityListParams,
  zone: string,
): { list: EntityListQuery; name?: string | undefined; phone?: string | undefined } {
  const name = text('name', query.name, MAX_SEARCH_TEXT);
  const phone = text('phone', query.phone, MAX_SEARCH_TEXT);
  if (name === undefined && phone === undefined) throw invalidParameter('name', 'name or phone');
  return { list: parseEntityListQuery(d, query, zone), name, phone };
}
