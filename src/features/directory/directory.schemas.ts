import { Type } from '@sinclair/typebox';

const Nullable = <T extends ReturnType<typeof Type.String> | ReturnType<typeof Type.Integer>>(t: T) => Type.Union([t, Type.Null()]);

export const WireUserSchema = Type.Object({
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
  role_json: Type.Object({ id: Type.Integer(), name: Type.String(), entity_grant_scope: Type.String() }),
  department_id: Type.Integer(),
  department_name: Type.String(),
  avatar_url: Nullable(Type.String()),
  superior_id: Nullable(Type.Integer()),
  superior_name: Nullable(Type.String()),
  organization_name: Type.String(),
  uid: Nullable(Type.Integer()),
  disabled: Type.Boolean(),
});

export const PageFields = {
  total_count: Type.Integer(),
  has_next_page: Type.Boolean(),
  per_page: Type.Integer(),
  page: Type.Integer(),
};

export const SimpleUserSchema = Type.Object({ value: Type.String(), label: Type.String() });

export const DepartmentOptionSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  level: Type.Integer(),
  parent_id: Nullable(Type.Integer()),
  can_use: Type.Boolean(),
  path: Type.String(),
  users_count: Type.Integer(),
  total_users_count: Type.Integer(),
});

/** Query strings are free-form (clients add auth keys and unknown filters); services parse what they use. */
export const AnyQuery = Type.Object({}, { additionalProperties: true });

export const IdParams = Type.Object({ id: Type.String() });
