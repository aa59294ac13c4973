import type { AppContext } from '../../app-context.ts';
import { AppError, missingParameter, type Locale } from '../../domain/errors.ts';
import { formatWireDateTime } from '../../domain/wire-time.ts';
import { visibleAuthors } from '../../domain/visibility.ts';
import type { RequestCtx } from '../../request-context.ts';
import {
  findLoginCandidates,
  findPrincipalByTokenHash,
  findTokenTimes,
  insertToken,
  revokeToken,
  touchToken,
  type LoginCandidate,
} from './auth.repository.ts';
import type { Credentials } from './credentials.ts';
import { verifyPassword } from './passwords.ts';
import { hashToken, newToken } from './tokens.ts';

const DAY_MS = 86_400_000;
/** Sliding expiry is written at most this often per token, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export function assertAcceptedDevice(app: AppContext, device: string | undefined): void {
  if (device !== undefined && !app.config.acceptedDevices.includes(device)) throw new AppError('invalidDevice');
}

export interface LoginInput {
  login?: string | undefined;
  password?: string | undefined;
  corpId?: string | undefined;
  device?: string | undefined;
  versionCode?: string | undefined;
}

export interface LoginResult {
  user_token: string;
  user_id: number;
  corp_id: string;
  organization_id: number;
}

async function matchingCandidates(candidates: LoginCandidate[], password: string): Promise<LoginCandidate[]> {
  if (candidates.length === 0) {
    await verifyPassword(undefined, password);
    return [];
  }
  const matches: LoginCandidate[] = [];
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.password_hash, password)) matches.push(candidate);
  }
  return matches;
}

/**
 * Issues a new token; earlier tokens stay valid (clients log in on every run while older processes still
 * use theirs). Wrong password, unknown login and disabled user give the same answer after the same work.
 */
export async function login(app: AppContext, input: LoginInput): Promise<LoginResult> {
  assertAcceptedDevice(app, input.device);
  const login = input.login?.trim();
  if (!login) throw missingParameter('login');
  if (!input.password) throw missingParameter('password');
  const { db } = app.database;
  const candidates = await findLoginCandidates(db, login, input.corpId || undefined);
  const matches = await matchingCandidates(candidates, input.password);
  if (matches.length === 0) throw new AppError('loginFailed');
  // Only a caller who knows the password learns that corp_id is needed, and nothing about which organizations.
  if (new Set(matches.map((m) => m.organization_id)).size > 1) throw missingParameter('corp_id');
  const user = matches[0]!;
  const token = newToken();
  const now = app.clock();
  await insertToken(db, {
    organizationId: user.organization_id,
    userId: user.id,
    tokenHash: hashToken(token),
    device: input.device ?? null,
    versionCode: input.versionCode ?? null,
    now,
    expiresAt: now + app.config.tokenTtlDays * DAY_MS,
  });
  return { user_token: token, user_id: user.id, corp_id: user.corp_id, organization_id: user.organization_id };
}

/** Resolves credentials to the request's context, or throws 100000/100401. */
export async function authenticate(
  app: AppContext,
  credentials: Credentials,
  meta: { locale: Locale; baseUrl: string },
): Promise<RequestCtx> {
  assertAcceptedDevice(app, credentials.device);
  if (!credentials.token) throw new AppError('unauthenticated');
  const now = app.clock();
  const { db } = app.database;
  const principal = await findPrincipalByTokenHash(db, hashToken(credentials.token), now);
  if (!principal) throw new AppError('unauthenticated');
  if (now - principal.last_used_at > TOUCH_INTERVAL_MS) {
    await touchToken(db, Number(principal.organization_id), principal.token_id, now, now + app.config.tokenTtlDays * DAY_MS);
  }
  const user = {
    id: principal.user_id,
    name: principal.user_name,
    roleId: principal.role_id,
    departmentId: principal.department_id,
    departmentPath: principal.department_path,
    scope: principal.data_scope,
    isAdmin: principal.is_admin === 1,
  };
  return {
    organization: {
      id: principal.organization_id,
      corpId: principal.corp_id,
      name: principal.organization_name,
      timeZone: principal.time_zone,
    },
    user,
    visible: visibleAuthors({
      userId: user.id,
      departmentId: user.departmentId,
      departmentPath: user.departmentPath,
      scope: user.scope,
    }),
    tokenId: principal.token_id,
    locale: meta.locale,
    now,
    baseUrl: meta.baseUrl,
  };
}

export async function logout(app: AppContext, ctx: RequestCtx): Promise<void> {
  await revokeToken(app.database.db, ctx.organization.id, ctx.tokenId, app.clock());
}

export interface SessionView {
  user_id: number;
  organization_id: number;
  corp_id: string;
  expires_at: string;
}

/** Who the token belongs to and when it lapses if unused (a cheap authenticated call for scripts). */
export async function currentSession(app: AppContext, ctx: RequestCtx): Promise<SessionView> {
  const times = await findTokenTimes(app.database.db, ctx.organization.id, ctx.tokenId);
  if (!times) throw new AppError('unauthenticated');
  return {
    user_id: ctx.user.id,
    organization_id: ctx.organization.id,
    corp_id: ctx.organization.corpId,
    expires_at: formatWireDateTime(times.expires_at, ctx.organization.timeZone),
  };
}
