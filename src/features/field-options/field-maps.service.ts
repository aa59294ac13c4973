import type { AppContext } from '../../app-context.ts';
import { FIELD_KEYS, type FieldKey } from '../../domain/default-options.ts';
import { invalidParameter } from '../../domain/errors.ts';
import type { RequestCtx } from '../../request-context.ts';
import { presentFieldValue } from './field-maps.presenter.ts';
import type { WireFieldMaps } from './field-maps.schemas.ts';
import { listOptions } from './field-options.repository.ts';

/**
 * The option sets each `field_maps/<entity>` answers; the first is the one shown as `data.field_values`. A Map,
 * not an object: the entity comes from the URL, and `__proto__` must be just another unknown name.
 */
export const FIELD_MAP_ENTITIES: ReadonlyMap<string, readonly { name: string; key: FieldKey }[]> = new Map(
  Object.entries({
    revisit_log: [{ name: 'category', key: FIELD_KEYS.revisitLogCategory }],
    lead: [{ name: 'status', key: FIELD_KEYS.leadStatus }],
    customer: [
      { name: 'status', key: FIELD_KEYS.customerStatus },
      { name: 'category', key: FIELD_KEYS.customerCategory },
    ],
    opportunity: [{ name: 'stage', key: FIELD_KEYS.opportunityStage }],
    contract: [{ name: 'status', key: FIELD_KEYS.contractStatus }],
  }),
);

/** Disabled options are listed too (marked): clients need them to display older records. */
export async function fieldMaps(app: AppContext, ctx: RequestCtx, entity: string): Promise<WireFieldMaps> {
  const sets = FIELD_MAP_ENTITIES.get(entity);
  if (!sets) throw invalidParameter('entity', [...FIELD_MAP_ENTITIES.keys()]);
  const fields = [];
  for (const set of sets) {
    const rows = await listOptions(app.database.db, ctx.organization.id, set.key);
    fields.push({ field_name: set.name, field_key: set.key, field_values: rows.map(presentFieldValue) });
  }
  return { entity, field_values: fields[0]!.field_values, fields };
}
