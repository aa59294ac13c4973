import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/database.ts';
import { AppError } from '../../domain/errors.ts';
import { isDataScope, type DataScope } from '../../domain/visibility.ts';
import { hashPassword, UNUSABLE_PASSWORD_HASH } from '../auth/passwords.ts';
import type { WireFieldMaps } from '../field-options/field-maps.schemas.ts';
import { findDepartment, insertDepartment } from '../directory/departments.repository.ts';
import { insertRole, insertUser } from '../directory/users.repository.ts';
import { findOrganizationByCorpId, insertOrganization } from '../organizations/organizations.repository.ts';
import { findAllMapped, findImportedOrganization, findMapped, insertImportedOption, insertMappings, setSuperior } from './import.repository.ts';
import { mapOf, mapped, type ImportRun } from './import-run.ts';
import { OPTION_ENTITIES, type SourceDepartment, type SourceUser } from './source-reader.ts';

/** The role every importer gets in the new organization (whatever it had in the source): admin of scope all. */
const IMPORTER_ROLE = 'importer-admin';

/**
 * The target organization: created by the first run (with its id-map entry, in one transaction), found again
 * by later ones. A corp_id that some other organization already holds is refused, never merged into.
 */
export async function ensureOrganization(
  app: AppContext,
  input: { corpId: string; sourceCorpId: string; name: string; timeZone: string },
): Promise<number> {
  const { db } = app.database;
  const existing = await findOrganizationByCorpId(db, input.corpId);
  if (existing) {
    if (await findImportedOrganization(db, existing.id, input.sourceCorpId)) return existing.id;
    throw new AppError('conflict', {
      zh: `corp_id ${input.corpId} 已存在且不是从 ${input.sourceCorpId} 导入的`,
      en: `corp_id ${input.corpId} already exists and was not imported from ${input.sourceCorpId} (choose another with --as-corp-id)`,
    });
  }
  const now = app.clock();
  return db.transaction().execute(async (trx) => {
    const org = await insertOrganization(trx, { name: input.name, corp_id: input.corpId, time_zone: input.timeZone, created_at: now, updated_at: now });
    await insertMappings(trx, org.id, 'organization', [{ sourceId: input.sourceCorpId, localId: org.id }], now);
    return org.id;
  });
}

function loginOf(user: SourceUser): string {
  return user.phone?.trim() || user.email?.trim() || `imported-${user.id}`;
}

function scopeOf(value: string | undefined): DataScope {
  return value !== undefined && isDataScope(value) ? value : 'self';
}

/** Inserts the roles users name that are not mapped yet; `admins` are the source's administrator role ids. */
async function importRoles(run: ImportRun, trx: Db, users: readonly SourceUser[], admins: ReadonlySet<number>, now: number): Promise<void> {
  const roles = mapOf(run, 'role');
  for (const user of users) {
    const key = String(user.role_json.id);
    if (roles.has(key)) continue;
    const role = await insertRole(trx, {
      organization_id: run.organizationId,
      name: user.role_json.name || user.role,
      data_scope: scopeOf(user.role_json.entity_grant_scope),
      is_admin: admins.has(user.role_json.id) ? 1 : 0,
      created_at: now,
      updated_at: now,
    });
    await insertMappings(trx, run.organizationId, 'role', [{ sourceId: key, localId: role.id }], now);
    roles.set(key, role.id);
  }
  if (!roles.has(IMPORTER_ROLE)) {
    const role = await insertRole(trx, { organization_id: run.organizationId, name: '管理员', data_scope: 'all', is_admin: 1, created_at: now, updated_at: now });
    await insertMappings(trx, run.organizationId, 'role', [{ sourceId: IMPORTER_ROLE, localId: role.id }], now);
    roles.set(IMPORTER_ROLE, role.id);
  }
  run.adminRoleId = roles.get(IMPORTER_ROLE)!;
}

/** Parents before children (by level), each under its mapped parent; the first root is the organization's root. */
async function importDepartments(run: ImportRun, trx: Db, departments: readonly SourceDepartment[], now: number): Promise<void> {
  const map = mapOf(run, 'department');
  const ordered = [...departments].sort((a, b) => a.level - b.level || a.id - b.id);
  for (const d of ordered) {
    if (map.has(String(d.id))) continue;
    const parentId = mapped(run, 'department', d.parent_id);
    const parent = parentId !== undefined ? await findDepartment(trx, run.organizationId, parentId) : undefined;
    const row = await insertDepartment(trx, { organizationId: run.organizationId, name: d.name, parent, position: d.id, now });
    await insertMappings(trx, run.organizationId, 'department', [{ sourceId: d.id, localId: row.id }], now);
    map.set(String(d.id), row.id);
  }
  if (map.size === 0) {
    const root = await insertDepartment(trx, { organizationId: run.organizationId, name: 'Root', now });
    await insertMappings(trx, run.organizationId, 'department', [{ sourceId: 'root', localId: root.id }], now);
    map.set('root', root.id);
  }
  run.rootDepartmentId = mapped(run, 'department', ordered[0]?.id) ?? map.get('root')!;
}

/**
 * Users keep login, name, department, role and contact fields. Only the importer can log in afterwards
 * (with the password given to the import, as an administrator of scope all); everyone else has an
 * unusable password hash until an administrator resets it.
 */
async function importUsers(run: ImportRun, trx: Db, users: readonly SourceUser[], importerHash: string, now: number): Promise<void> {
  const map = mapOf(run, 'user');
  const fresh = users.filter((u) => !map.has(String(u.id)));
  for (const u of fresh) {
    const importer = u.id === run.importerSourceId;
    const created = Date.parse(u.created_at);
    const row = await insertUser(trx, {
      organization_id: run.organizationId,
      department_id: mapped(run, 'department', u.department_id) ?? run.rootDepartmentId,
      role_id: importer ? run.adminRoleId : mapped(run, 'role', u.role_json.id)!,
      login: loginOf(u),
      email: u.email,
      name: u.name,
      password_hash: importer ? importerHash : UNUSABLE_PASSWORD_HASH,
      avatar_url: u.avatar_url,
      job: u.job,
      tel: u.tel,
      gender: u.gender,
      uid: u.uid,
      workflow_state: u.workflow_state,
      created_at: Number.isFinite(created) ? created : now,
      updated_at: now,
      // An importer disabled in the source still has to be able to use what it imported.
      disabled_at: u.disabled && !importer ? now : null,
    });
    await insertMappings(trx, run.organizationId, 'user', [{ sourceId: u.id, localId: row.id }], now);
    map.set(String(u.id), row.id);
  }
  // After the loop: a superior may come later in the list. Users mapped by an earlier run keep theirs.
  for (const u of fresh) {
    const superior = mapped(run, 'user', u.superior_id);
    if (superior !== undefined) await setSuperior(trx, run.organizationId, map.get(String(u.id))!, superior);
  }
}

async function loadMaps(run: ImportRun, kinds: readonly Parameters<typeof findAllMapped>[2][]): Promise<void> {
  for (const kind of kinds) run.maps.set(kind, await findAllMapped(run.app.database.db, run.organizationId, kind));
}

/** Roles, departments and every listed user (plus the importer), in one transaction with their mappings. */
export async function importDirectory(run: ImportRun, importerPassword: string): Promise<void> {
  await loadMaps(run, ['role', 'department', 'user', 'option']);
  const [departments, listed, me, roles] = await Promise.all([run.reader.departments(), run.reader.users(), run.reader.me(), run.reader.roles()]);
  const users = listed.some((u) => u.id === me.id) ? listed : [...listed, me];
  const admins = new Set((roles ?? []).filter((r) => r.is_admin).map((r) => r.id));
  const importerHash = mapped(run, 'user', me.id) === undefined ? await hashPassword(importerPassword) : '';
  const now = run.app.clock();
  await run.app.database.db.transaction().execute(async (trx) => {
    await importRoles(run, trx, users, admins, now);
    await importDepartments(run, trx, departments, now);
    await importUsers(run, trx, users, importerHash, now);
  });
}

/**
 * Users a record names that the directory lists leave out (disabled ones): fetched one by one and imported
 * like the others. Ids the source no longer answers stay unmapped (their records are skipped).
 */
export async function ensureUsers(run: ImportRun, sourceIds: readonly number[]): Promise<void> {
  const missing = [...new Set(sourceIds)].filter((id) => mapped(run, 'user', id) === undefined);
  if (missing.length === 0) return;
  const found = await findMapped(run.app.database.db, run.organizationId, 'user', missing);
  for (const [k, v] of found) mapOf(run, 'user').set(k, v);
  const users: SourceUser[] = [];
  for (const id of missing) {
    if (found.has(String(id))) continue;
    const user = await run.reader.user(id);
    if (user) users.push(user);
  }
  if (users.length === 0) return;
  const now = run.app.clock();
  await run.app.database.db.transaction().execute(async (trx) => {
    await importRoles(run, trx, users, new Set(), now);
    await importUsers(run, trx, users, UNUSABLE_PASSWORD_HASH, now);
  });
}

/**
 * Every option set (follow-up categories, statuses, stages, customer categories) with position and enabled
 * state; option ids are mapped, so the records' option values map too.
 */
export async function importOptionSets(run: ImportRun): Promise<void> {
  const sets: WireFieldMaps['fields'] = [];
  for (const entity of OPTION_ENTITIES) sets.push(...(await run.reader.optionSets(entity)).fields);
  const map = mapOf(run, 'option');
  const now = run.app.clock();
  await run.app.database.db.transaction().execute(async (trx) => {
    for (const set of sets) {
      for (const option of set.field_values) {
        if (map.has(option.id)) continue;
        const id = await insertImportedOption(trx, {
          organizationId: run.organizationId,
          fieldKey: set.field_key,
          name: option.value,
          nameEn: option.i18n.en === option.value ? null : option.i18n.en,
          position: option.position,
          enabled: option.enabled,
          now,
        });
        await insertMappings(trx, run.organizationId, 'option', [{ sourceId: option.id, localId: id }], now);
        map.set(option.id, id);
      }
    }
  });
}
