import type { Query, QueryValue } from './wire-types.ts';

function append(out: URLSearchParams, key: string, value: QueryValue): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value as readonly QueryValue[]) append(out, `${key}[]`, item);
  } else if (typeof value === 'object') {
    for (const [sub, item] of Object.entries(value as { readonly [key: string]: QueryValue })) append(out, `${key}[${sub}]`, item);
  } else {
    out.append(key, String(value));
  }
}

/**
 * Parameters the Rails way IKCRM servers read: `ids[]=1&ids[]=2`, `revisit_log[content]=…`. `undefined` and
 * `null` are left out (not sent); an empty string is sent, since the server treats `x=` as "sent, empty".
 */
export function encodeParams(params: Query | undefined): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) append(out, key, value);
  return out;
}

export function withQuery(url: string, params: Query | undefined): string {
  const text = encodeParams(params).toString();
  if (!text) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${text}`;
}
