import { Type, type Static } from '@sinclair/typebox';
import { CUSTOM_FIELD_ENTITIES, CUSTOM_FIELD_TYPES } from './custom-field-types.ts';

const strict = { additionalProperties: false } as const;

/** A custom-field definition (custom-fields.presenter.ts). */
export const CustomFieldSchema = Type.Object(
  {
    id: Type.Integer(),
    entity: Type.String({ enum: [...CUSTOM_FIELD_ENTITIES] }),
    key: Type.String(),
    name: Type.String({ description: 'the key again: IKCRM names a field by its key' }),
    label: Type.String(),
    label_en: Type.Union([Type.String(), Type.Null()]),
    type: Type.Union(CUSTOM_FIELD_TYPES.map((t) => Type.Literal(t))),
    options: Type.Array(Type.String()),
    required: Type.Boolean(),
    position: Type.Integer(),
    enabled: Type.Boolean(),
  },
  strict,
);
export type WireCustomField = Static<typeof CustomFieldSchema>;

/** One group of `custom_fields/<entity>/by_group` (Genjin has one group per entity). */
export const CustomFieldGroupSchema = Type.Object(
  { id: Type.Integer(), name: Type.String(), name_en: Type.String(), custom_fields: Type.Array(CustomFieldSchema) },
  strict,
);
export type WireCustomFieldGroup = Static<typeof CustomFieldGroupSchema>;
