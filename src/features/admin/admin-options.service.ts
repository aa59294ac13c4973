import type { AppContext } from '../../app-context.ts';
import { FIELD_KEYS, type FieldKey } from '../../domain/default-options.ts';
import { invalidParameter, notFound } from '../../domain/errors.ts';
import { DATA_SCOPES, isDataScope } from '../../domain/visibility.ts';
import { insertRole, listRoles } from '../directory/users.repository.ts';
import { findOption, insertOption, listOptions, updateOption } from '../field-options/field-options.repository.ts';
import { presentAdminOption, presentRole } from './admin.presenter.ts';
import type { WireAdminOption, WireRole } from './admin.schemas.ts';

const KEYS = Object.values(FIELD_KEYS) as FieldKey[];

export function parseFieldKey(value: string | undefined): FieldKey {
  const key = KEYS.find((k) => k === value?.trim());
  if (!key) throw invalidParameter('field_key', KEYS);
  return key;
}

function cleanName(name: string | undefined, param = 'name'): string {
  const trimmed = name?.trim() ?? '';
  if (!trimmed || trimmed.length > 100) throw invalidParameter(param, '1-100 characters');
  return trimmed;
}

export async function adminAddOption(
  app: AppContext,
  organizationId: number,
  input: { fieldKey?: string | undefined; name?: string | undefined; nameEn?: string | undefined },
): Promise<WireAdminOption> {
  const fieldKey = parseFieldKey(input.fieldKey);
  const name = cleanName(input.name);
  const nameEn = input.nameEn === undefined || input.nameEn.trim() === '' ? null : cleanName(input.nameEn, 'name_en');
  const row = await app.database.db.transaction().execute((trx) => insertOption(trx, { organizationId, fieldKey, name, nameEn, now: app.clock() }));
  return presentAdminOption(row);
}

/** Rename (with its English name), move to a position, enable or disable. A disabled option is never deleted. */
export async function adminUpdateOption(
  app: AppContext,
  organizationId: number,
  id: number,
  input: { name?: string | undefined; nameEn?: string | undefined; position?: number | undefined; enabled?: boolean | undefined },
): Promise<WireAdminOption> {
  if (input.name === undefined && input.nameEn === undefined && input.position === undefined && input.enabled === undefined) {
    throw invalidParameter('name', 'name, name_en, position or enabled (nothing to change)');
  }
  const changes = {
    ...(input.name !== undefined ? { name: cleanName(input.name) } : {}),
    ...(input.nameEn !== undefined ? { name_en: input.nameEn.trim() === '' ? null : cleanName(input.nameEn, 'name_en') } : {}),
    ...(input.enabled !== undefined ? { enabled: input.enabled ? 1 : 0 } : {}),
  };
  if (input.position !== undefined && (!Number.isSafeInteger(input.position) || input.position < 1)) {
    throw invalidParameter('position', 'a positive integer');
  }
  return app.database.db.transaction().execute(async (trx) => {
    const option = await findOption(trx, organizationId, id);
    if (!option) throw notFound();
    const now = app.clock();
    await updateOption(trx, organizationId, id, { ...changes, updated_at: now });
    if (input.position !== undefined) {
      // Reordering renumbers the whole set 1..n with this option at its new place.
      const others = (await listOptions(trx, organizationId, option.field_key as FieldKey)).filter((o) => o.id !== id);
      const at = Math.min(input.position, others.length + 1) - 1;
      const ordered = [...others.slice(0, at), option, ...others.slice(at)];
      for (const [index, o] of ordered.entries()) {
        if (o.position !== index + 1 || o.id === id) await updateOption(trx, organizationId, o.id, { position: index + 1, updated_at: now });
      }
    }
    const row = (await findOption(trx, organizationId, id))!;
    return presentAdminOption(row);
  });
}

export async function adminCreateRole(
  app: AppContext,
  organizationId: number,
  input: { name?: string | undefined; dataScope?: string | undefined; isAdmin?: boolean | undefined },
): Promise<WireRole> {
  const name = cleanName(input.name);
  const scope = input.dataScope?.trim() ?? '';
  if (!isDataScope(scope)) throw invalidParameter('data_scope', DATA_SCOPES);
  const now = app.clock();
  const row = await insertRole(app.database.db, {
    organization_id: organizationId,
    name,
    data_scope: scope,
    is_admin: input.isAdmin ? 1 : 0,
    created_at: now,
    updated_at: now,
  });
  return presentRole(row);
}

export async function adminListRoles(app: AppContext, organizationId: number): Promise<WireRole[]> {
  return (await listRoles(app.database.db, organizationId)).map(presentRole);
}
