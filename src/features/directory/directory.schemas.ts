import { Type, type Static } from '@sinclair/typebox';
import { parsePaging, type Paging } from '../../domain/paging.ts';
import { id, idFilter, oneOf, text } from '../../domain/params.ts';
import { QueryValue } from '../../http/schemas.ts';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);

const strict = { additionalProperties: false } as const;

/** The directory user (users.presenter.ts): the one definition of this wire shape. */
export const WireUserSchema = Type.Object(
  {
    id: Type.Integer(),
    email: Nullable(Type.String()),
    created_at: Type.String(),
    name: Type.String(),
    organization_id: Type.Integer(),
    phone: Nullable(Type.String()),
    role_id: Type.Integer(),
    workflow_state: Type.String(),
    job: Nullable(Type.String()),
    tel: Nullable(Type.String()),
    gender: Nullable(Type.String()),
    role: Type.String(),
    role_json: Type.Object({ id: Type.Integer(), name: Type.String(), entity_grant_scope: Type.String() }, strict),
    department_id: Type.Integer(),
    department_name: Type.String(),
    avatar_url: Nullable(Type.String()),
    superior_id: Nullable(Type.Integer()),
    superior_name: Nullable(Type.String()),
    organization_name: Type.String(),
    uid: Nullable(Type.Integer()),
    disabled: Type.Boolean(),
  },
  strict,
);
export type WireUser = Static<typeof WireUserSchema>;

export const PageFields = {
  total_count: Type.Integer(),
  has_next_page: Type.Boolean(),
  per_page: Type.Integer(),
  page: Type.Integer(),
};

export const SimpleUserSchema = Type.Object({ value: Type.String(), label: Type.String() }, strict);
export type SimpleUser = Static<typeof SimpleUserSchema>;

export const DepartmentOptionSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    level: Type.Integer(),
    parent_id: Nullable(Type.Integer()),
    can_use: Type.Boolean(),
    path: Type.String(),
    users_count: Type.Integer({ description: 'enabled users directly in this department' }),
    total_users_count: Type.Integer({ description: 'enabled users in this department and every one below it' }),
  },
  strict,
);
/** A department as `user/department_list` lists it (departments.presenter.ts). */
export type WireDepartmentOption = Static<typeof DepartmentOptionSchema>;

/** Query strings are free-form (clients add auth keys and unknown filters): unknown keys are ignored. */
export const AnyQuery = Type.Object({}, { additionalProperties: true });

/** Digits only (the route pattern says so too); parsed with `requiredId`, so a 200-digit id is a 100406. */
export const IdParams = Type.Object({ id: Type.String() });

export const UserListQuerySchema = Type.Object(
  {
    page: Type.Optional(QueryValue),
    per_page: Type.Optional(QueryValue),
    sort: Type.Optional(QueryValue),
    order: Type.Optional(QueryValue),
    department_id: Type.Optional(QueryValue),
    user_id: Type.Optional(QueryValue),
    name: Type.Optional(QueryValue),
    phone: Type.Optional(QueryValue),
  },
  { additionalProperties: true },
);

export const USER_SORTS = ['id', 'created_at', 'updated_at', 'name'] as const;

export interface UserListQuery {
  readonly paging: Paging;
  readonly sort: (typeof USER_SORTS)[number];
  readonly order: 'asc' | 'desc';
  readonly departmentId?: number | undefined;
  readonly userIds?: number[] | undefined;
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
}

export function parseUserListQuery(query: Static<typeof UserListQuerySchema>): UserListQuery {
  return {
    paging: parsePaging(query),
    sort: oneOf('sort', query.sort, USER_SORTS, 'id'),
    order: oneOf('order', query.order, ['asc', 'desc'] as const, 'asc'),
    departmentId: id('department_id', query.department_id),
    userIds: idFilter('user_id', query.user_id),
    name: text('name', query.name, 255),
    phone: text('phone', query.phone, 255),
  };
}

/** `simple_list`: the list's filters; paged only when `page` or `per_page` was sent (pickers read the whole list). */
export interface SimpleUserListQuery {
  readonly filter: UserListQuery;
  readonly paged: boolean;
}

export function parseSimpleUserListQuery(query: Static<typeof UserListQuerySchema>): SimpleUserListQuery {
  return { filter: parseUserListQuery(query), paged: text('page', query.page) !== undefined || text('per_page', query.per_page) !== undefined };
}
