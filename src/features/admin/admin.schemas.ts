import { Type, type Static } from '@sinclair/typebox';

/** A role as the admin API shows it (presentRole). */
export const RoleSchema = Type.Object(
  { id: Type.Integer(), name: Type.String(), data_scope: Type.String(), entity_grant_scope: Type.String(), is_admin: Type.Boolean() },
  { additionalProperties: false },
);
export type RoleItem = Static<typeof RoleSchema>;
