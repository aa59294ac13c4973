import { Type, type Static } from '@sinclair/typebox';

const strict = { additionalProperties: false } as const;

/** One option as `field_maps` lists it (field-maps.presenter.ts): the id as a numeric string (IKCRM). */
export const FieldValue = Type.Object(
  {
    id: Type.String(),
    value: Type.String(),
    status: Type.Union([Type.Literal('enabled'), Type.Literal('disabled')]),
    i18n: Type.Object({ zh: Type.String(), en: Type.String() }, strict),
    position: Type.Integer(),
    enabled: Type.Boolean(),
  },
  strict,
);
export type WireFieldValue = Static<typeof FieldValue>;

export const FieldMapsSchema = Type.Object(
  {
    entity: Type.String(),
    field_values: Type.Array(FieldValue),
    fields: Type.Array(Type.Object({ field_name: Type.String(), field_key: Type.String(), field_values: Type.Array(FieldValue) }, strict)),
  },
  strict,
);
export type WireFieldMaps = Static<typeof FieldMapsSchema>;
