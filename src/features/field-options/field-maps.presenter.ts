import type { WireFieldValue } from './field-maps.schemas.ts';
import type { FieldOptionRow } from './field-options.repository.ts';

/** One option as `field_maps` lists it: the id as a numeric string (IKCRM), its display value and state. */
export function presentFieldValue(row: FieldOptionRow): WireFieldValue {
  return {
    id: String(row.id),
    value: row.name,
    status: row.enabled === 1 ? 'enabled' : 'disabled',
    i18n: { zh: row.name, en: row.name_en ?? row.name },
    position: row.position,
    enabled: row.enabled === 1,
  };
}
