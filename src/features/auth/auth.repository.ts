import { sql } from 'kysely';
import { runCompiledOnce } from '../../db/compiled-queries.ts';
import type { Db } from '../../db/database.ts';
import type { DataScope } from '../../domain/visibility.ts';

export interface LoginCandidate {
  id: number;
  organization_id: number;
  corp_id: string;
  password_hash: string;
  disabled_at: number | null;
}

/** Per organization: the one user whose login is the text, or else at most two whose e-mail is. */
const PER_ORGANIZATION = 2;
/** At most this many candidates per attempt, as each costs an argon2 verification. */
const MAX_CANDIDATES = 4;

/**
 * Live users whose login or e-mail matches, filtered in SQL: by corp_id when given, and per organization
 * the user with that login (logins are unique in an organization) or else at most two with that e-mail.
 * E-mails are not unique, so without the per-organization cap one organization's look-alikes could crowd
 * out (and slow down) another's user.
 */
export async function findLoginCandidates(db: Db, login: string, corpId: string | undefined): Promise<LoginCandidate[]> {
  const ranked = db
    .selectFrom('users')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .select([
      'users.id',
      'users.organization_id',
      'organizations.corp_id',
      'users.password_hash',
      'users.disabled_at',
      sql<number>`row_number() over (partition by users.organization_id order by case when users.login = ${login} then 0 else 1 end, users.id)`.as(
        'rank',
      ),
      sql<number>`min(case when users.login = ${login} then 0 else 1 end) over (partition by users.organization_id)`.as('by_email'),
    ])
    .where((eb) => eb.or([eb('users.login', '=', login), eb('users.email', '=', login)]))
    .where('users.disabled_at', 'is', null)
    .$if(corpId !== undefined, (q) => q.where('organizations.corp_id', '=', corpId!));
  const rows = await db
    .selectFrom(ranked.as('c'))
    .select(['c.id', 'c.organization_id', 'c.corp_id', 'c.password_hash', 'c.disabled_at'])
    .where((eb) => eb('c.rank', '<=', eb.case().when('c.by_email', '=', 0).then(1).else(PER_ORGANIZATION).end()))
    .orderBy('c.organization_id')
    .orderBy('c.rank')
    .limit(MAX_CANDIDATES)
    .execute();
  return rows;
}

export async function insertToken(
  db: Db,
  row: { organizationId: number; userId: number; tokenHash: string; device: string | null; versionCode: string | null; now: number; expiresAt: number },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      organization_id: row.organizationId,
      user_id: row.userId,
      token_hash: row.tokenHash,
      device: row.device,
      version_code: row.versionCode,
      created_at: row.now,
      last_used_at: row.now,
      expires_at: row.expiresAt,
    })
    .execute();
}

export interface TokenPrincipal {
  token_id: number;
  last_used_at: number;
  user_id: number;
  user_name: string;
  role_id: number;
  department_id: number;
  department_path: string;
  data_scope: DataScope;
  is_admin: number;
  organization_id: number;
  corp_id: string;
  organization_name: string;
  time_zone: string;
}

/** The live principal behind a token: not revoked, not expired, user not disabled. One query. */
export async function findPrincipalByTokenHash(db: Db, tokenHash: string, now: number): Promise<TokenPrincipal | undefined> {
  // Every authenticated request runs this one shape: compiled once.
  const rows = await runCompiledOnce(db, 'auth.principal-by-token', [tokenHash, now], () =>
    db
      .selectFrom('api_tokens')
      .innerJoin('users', (j) => j.onRef('users.id', '=', 'api_tokens.user_id').onRef('users.organization_id', '=', 'api_tokens.organization_id'))
      .innerJoin('departments', (j) => j.onRef('departments.id', '=', 'users.department_id').onRef('departments.organization_id', '=', 'users.organization_id'))
      .innerJoin('roles', (j) => j.onRef('roles.id', '=', 'users.role_id').onRef('roles.organization_id', '=', 'users.organization_id'))
      .innerJoin('organizations', 'organizations.id', 'users.organization_id')
      .select([
        'api_tokens.id as token_id',
        'api_tokens.last_used_at',
        'users.id as user_id',
        'users.name as user_name',
        'users.role_id',
        'users.department_id',
        'departments.path as department_path',
        'roles.data_scope',
        'roles.is_admin',
        'organizations.id as organization_id',
        'organizations.corp_id',
        'organizations.name as organization_name',
        'organizations.time_zone',
      ])
      .where('api_tokens.token_hash', '=', tokenHash)
      .where('api_tokens.revoked_at', 'is', null)
      .where('api_tokens.expires_at', '>', now)
      .where('users.disabled_at', 'is', null)
      .compile(),
  );
  return rows[0];
}

export async function touchToken(db: Db, organizationId: number, tokenId: number, now: number, expiresAt: number): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: now, expires_at: expiresAt })
    .where('organization_id', '=', organizationId)
    .where('id', '=', tokenId)
    .execute();
}

export async function revokeToken(db: Db, organizationId: number, tokenId: number, now: number): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .execute();
}

export interface TokenTimes {
  created_at: number;
  last_used_at: number;
  expires_at: number;
}

export async function findTokenTimes(db: Db, organizationId: number, tokenId: number): Promise<TokenTimes | undefined> {
  return db
    .selectFrom('api_tokens')
    .select(['created_at', 'last_used_at', 'expires_at'])
    .where('organization_id', '=', organizationId)
    .where('id', '=', tokenId)
    .executeTakeFirst();
}
