import type { CustomFieldDef } from './custom-field-types.ts';
import type { WireCustomField } from './custom-fields.schemas.ts';

export function presentCustomField(def: CustomFieldDef): WireCustomField {
  return {
    id: def.id,
    entity: def.entity,
    key: def.key,
    // IKCRM names a field by its key (`name`); `key` says the same for new clients.
    name: def.key,
    label: def.label,
    label_en: def.labelEn,
    type: def.type,
    options: [...def.options],
    required: def.required,
    position: def.position,
    enabled: def.enabled,
  };
}
