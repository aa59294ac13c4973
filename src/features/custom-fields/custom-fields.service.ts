import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { characterCount, flag, integer, MAX_LIST_LENGTH, oneOf, text } from '../../domain/params.ts';
import {
  CUSTOM_FIELD_ENTITIES,
  CUSTOM_FIELD_TYPES,
  KEY_PATTERN,
  generateKey,
  type CustomFieldEntity,
  type CustomFieldType,
} from './custom-field-types.ts';
import { presentCustomField } from './custom-fields.presenter.ts';
import type { WireCustomField, WireCustomFieldGroup } from './custom-fields.schemas.ts';
import { findFieldDef, insertFieldDef, keyTaken, listFieldDefs, nextPosition, updateFieldDef } from './custom-fields.repository.ts';

export function parseCustomFieldEntity(value: unknown): CustomFieldEntity {
  const entity = oneOf('entity', value, CUSTOM_FIELD_ENTITIES);
  if (!entity) throw invalidParameter('entity', CUSTOM_FIELD_ENTITIES);
  return entity;
}

export interface CustomFieldInput {
  entity?: unknown;
  key?: unknown;
  label?: unknown;
  labelEn?: unknown;
  type?: unknown;
  options?: unknown;
  required?: unknown;
  position?: unknown;
  enabled?: unknown;
}

function label(value: unknown, param: string, optional: boolean): string | null {
  const found = text(param, value);
  if (optional && found === undefined) return null;
  if (!found || characterCount(found) > 100) throw invalidParameter(param, '1-100 characters');
  return found;
}

function requiredFlag(value: unknown, param: string): boolean {
  const found = flag(param, value);
  if (found === undefined) throw invalidParameter(param, ['true', 'false']);
  return found;
}

function position(value: unknown): number {
  const n = integer('position', value, { min: 1 });
  if (n === undefined) throw invalidParameter('position', 'a positive integer');
  return n;
}

function optionsOf(type: CustomFieldType, value: unknown): string[] {
  const isSelect = type === 'select' || type === 'multi_select';
  if (value === undefined || value === null || value === '') {
    if (isSelect) throw invalidParameter('options', 'a non-empty list of choices for a select field');
    return [];
  }
  const top = Array.isArray(value) ? value : [value];
  if (top.length > MAX_LIST_LENGTH) throw invalidParameter('options', '1-200 choices of 1-100 characters');
  const list = top.map((v) => text('options', v) ?? '');
  if (!isSelect) throw invalidParameter('options', 'only select and multi_select fields have options');
  if (list.length === 0 || list.length > 200 || list.some((v) => !v || characterCount(v) > 100)) throw invalidParameter('options', '1-200 choices of 1-100 characters');
  if (new Set(list).size !== list.length) throw invalidParameter('options', 'distinct choices');
  return list;
}

export async function adminListCustomFields(app: AppContext, organizationId: number, entity: unknown): Promise<WireCustomField[]> {
  return (await listFieldDefs(app.database.db, organizationId, parseCustomFieldEntity(entity), { includeDisabled: true })).map(presentCustomField);
}

/** A new field definition; `key` is generated as IKCRM names keys unless given (then it must look like one). */
export async function adminCreateCustomField(app: AppContext, organizationId: number, input: CustomFieldInput): Promise<WireCustomField> {
  const entity = parseCustomFieldEntity(input.entity);
  const type = CUSTOM_FIELD_TYPES.find((t) => t === input.type);
  if (!type) throw invalidParameter('type', CUSTOM_FIELD_TYPES);
  const given = input.key === undefined || input.key === null || input.key === '' ? undefined : String(input.key).trim();
  if (given !== undefined && !KEY_PATTERN.test(given)) throw invalidParameter('key', 'like text_asset_1a2b (<words>_asset_<hex>)');
  const values = {
    label: label(input.label, 'label', false)!,
    label_en: input.labelEn === undefined ? null : label(input.labelEn, 'label_en', true),
    options: JSON.stringify(optionsOf(type, input.options)),
    required: input.required === undefined ? 0 : requiredFlag(input.required, 'required') ? 1 : 0,
    enabled: input.enabled === undefined ? 1 : requiredFlag(input.enabled, 'enabled') ? 1 : 0,
  };
  const id = await app.database.db.transaction().execute(async (trx) => {
    let key = given ?? generateKey(type);
    if (given !== undefined && (await keyTaken(trx, organizationId, given))) throw invalidParameter('key', 'a key not used yet in this organization');
    while (given === undefined && (await keyTaken(trx, organizationId, key))) key = generateKey(type);
    const now = app.clock();
    return insertFieldDef(trx, {
      organization_id: organizationId,
      entity,
      key,
      type,
      ...values,
      position: input.position === undefined ? await nextPosition(trx, organizationId, entity) : position(input.position),
      created_at: now,
      updated_at: now,
    });
  });
  return presentCustomField((await findFieldDef(app.database.db, organizationId, id))!);
}

/** Relabel, change options/required/position/enabled. The entity, key and type stay: stored values depend on them. */
export async function adminUpdateCustomField(app: AppContext, organizationId: number, id: number, input: CustomFieldInput): Promise<WireCustomField> {
  return app.database.db.transaction().execute(async (trx) => {
    const def = await findFieldDef(trx, organizationId, id);
    if (!def) throw notFound();
    if (input.type !== undefined && input.type !== def.type) throw invalidParameter('type', `${def.type} (a field's type cannot change)`);
    if (input.key !== undefined && input.key !== def.key) throw invalidParameter('key', `${def.key} (a field's key cannot change)`);
    if (input.entity !== undefined && input.entity !== def.entity) throw invalidParameter('entity', `${def.entity} (a field's entity cannot change)`);
    const changes = {
      ...(input.label !== undefined ? { label: label(input.label, 'label', false)! } : {}),
      ...(input.labelEn !== undefined ? { label_en: label(input.labelEn, 'label_en', true) } : {}),
      ...(input.options !== undefined ? { options: JSON.stringify(optionsOf(def.type, input.options)) } : {}),
      ...(input.required !== undefined ? { required: requiredFlag(input.required, 'required') ? 1 : 0 } : {}),
      ...(input.enabled !== undefined ? { enabled: requiredFlag(input.enabled, 'enabled') ? 1 : 0 } : {}),
      ...(input.position !== undefined ? { position: position(input.position) } : {}),
    };
    if (Object.keys(changes).length === 0) throw invalidParameter('label', 'label, label_en, options, required, position or enabled (nothing to change)');
    await updateFieldDef(trx, organizationId, id, { ...changes, updated_at: app.clock() });
    return presentCustomField((await findFieldDef(trx, organizationId, id))!);
  });
}

/** Hides the field everywhere; its stored values are kept (nothing stored is lost) and its key stays reserved. */
export async function adminDeleteCustomField(app: AppContext, organizationId: number, id: number): Promise<{ id: number }> {
  await app.database.db.transaction().execute(async (trx) => {
    if (!(await findFieldDef(trx, organizationId, id))) throw notFound();
    const now = app.clock();
    await updateFieldDef(trx, organizationId, id, { deleted_at: now, updated_at: now });
  });
  return { id };
}

/**
 * `custom_fields/<entity>/by_group`: the enabled fields in IKCRM's grouped shape. Genjin has one group per
 * entity (field groups are not modelled; decision in the README).
 */
export async function customFieldsByGroup(db: Db, organizationId: number, entity: unknown): Promise<WireCustomFieldGroup[]> {
  const defs = await listFieldDefs(db, organizationId, parseCustomFieldEntity(entity));
  return [{ id: 0, name: '自定义信息', name_en: 'Custom fields', custom_fields: defs.map(presentCustomField) }];
}
