import { Type, type Static } from '@sinclair/typebox';
import { FieldValue } from '../field-options/field-maps.schemas.ts';

const strict = { additionalProperties: false } as const;

/** The wire shapes of the admin API (admin.presenter.ts); users are the directory's own shape. */

export const RoleSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    data_scope: Type.String({ description: 'self | department | department_and_below | all' }),
    entity_grant_scope: Type.String({ description: 'the same as data_scope (IKCRM name)' }),
    is_admin: Type.Boolean(),
  },
  strict,
);
export type WireRole = Static<typeof RoleSchema>;

export const AdminDepartmentSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    parent_id: Type.Union([Type.Integer(), Type.Null()], { description: 'null for the root department' }),
    level: Type.Integer(),
    path: Type.String(),
  },
  strict,
);
export type WireAdminDepartment = Static<typeof AdminDepartmentSchema>;

/** An option as `field_maps` lists it, plus the set it belongs to. */
export const AdminOptionSchema = Type.Object({ ...FieldValue.properties, field_key: Type.String() }, strict);
export type WireAdminOption = Static<typeof AdminOptionSchema>;
