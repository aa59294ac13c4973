import { fieldOf, fieldsOf } from '../../domain/params.ts';

/**
 * Where IKCRM clients put their credentials (README: client compatibility): the `Authorization: Token token=…, device=…`
 * header (values may be quoted), `user_token`/`device`/`version_code` in the query or a form body, or an
 * `access-token` header. Pure: it reads what the request carries and decides nothing.
 */
export interface Credentials {
  token?: string;
  device?: string;
  versionCode?: string;
}

export interface CredentialSources {
  authorization?: string | undefined;
  accessToken?: string | undefined;
  query?: unknown;
  body?: unknown;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

function field(source: unknown, name: string): string | undefined {
  return text(fieldOf(fieldsOf(source), name));
}

/** Parses `Token token=abc, device="open_api", version_code=9.9.9` (also `Token abc` and `Bearer abc`). */
export function parseAuthorizationHeader(header: string): Credentials {
  const match = /^\s*(token|bearer)\s+(.*)$/i.exec(header);
  if (!match) return {};
  const scheme = match[1]!.toLowerCase();
  const rest = match[2]!.trim();
  if (scheme === 'bearer') return rest ? { token: rest } : {};
  const params: Record<string, string> = {};
  // Rails' token_and_options also takes `Token abc` (no `token=`): a first item without `=` is the token.
  const bare = /^(?:"([^"]+)"|([^\s,;="]+))\s*(?:[,;]|$)/.exec(rest);
  if (bare) params.token = (bare[1] ?? bare[2]!).trim();
  for (const m of rest.matchAll(/([a-z_]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^,;\s]*))/gi)) {
    params[m[1]!.toLowerCase()] = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  }
  const out: Credentials = {};
  if (params.token) out.token = params.token;
  if (params.device) out.device = params.device;
  if (params.version_code) out.versionCode = params.version_code;
  return out;
}

export function extractCredentials(sources: CredentialSources): Credentials {
  const header = sources.authorization ? parseAuthorizationHeader(sources.authorization) : {};
  const token =
    header.token ?? text(sources.accessToken) ?? field(sources.query, 'user_token') ?? field(sources.body, 'user_token');
  const device = header.device ?? field(sources.query, 'device') ?? field(sources.body, 'device');
  const versionCode = header.versionCode ?? field(sources.query, 'version_code') ?? field(sources.body, 'version_code');
  const out: Credentials = {};
  if (token) out.token = token;
  if (device) out.device = device;
  if (versionCode) out.versionCode = versionCode;
  return out;
}
